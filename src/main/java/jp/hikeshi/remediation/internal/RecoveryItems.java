package jp.hikeshi.remediation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The recovery items of every incident. */
public interface RecoveryItems extends ListCrudRepository<RecoveryItem, UUID> {

	List<RecoveryItem> findByOrganisationIdAndIncidentIdOrderByCreatedAt(UUID organisationId, UUID incidentId);
}
