package jp.hikeshi.remediation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The containment actions of every incident. */
public interface ContainmentActions extends ListCrudRepository<ContainmentAction, UUID> {

	List<ContainmentAction> findByOrganisationIdAndIncidentIdOrderByCreatedAt(UUID organisationId, UUID incidentId);
}
