package jp.hikeshi.remediation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The recovery items of every incident. */
public interface RecoveryItems extends ListCrudRepository<RecoveryItem, UUID> {

	List<RecoveryItem> findByOrganisationIdAndIncidentIdOrderByCreatedAt(UUID organisationId, UUID incidentId);

	/** The stages the incident's items stand at, each once. */
	@Query("SELECT DISTINCT stage FROM recovery_item WHERE organisation_id = :organisationId AND incident_id = :incidentId")
	List<String> stages(UUID organisationId, UUID incidentId);

}
