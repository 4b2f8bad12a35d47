package jp.hikeshi.remediation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The containment actions of every incident. */
public interface ContainmentActions extends ListCrudRepository<ContainmentAction, UUID> {

	List<ContainmentAction> findByOrganisationIdAndIncidentIdOrderByCreatedAt(UUID organisationId, UUID incidentId);

	/**
	 * The steps the incident's actions stand at, each once: a few rows, without loading
	 * the actions' histories.
	 */
	@Query("SELECT DISTINCT current_step FROM containment_action WHERE organisation_id = :organisationId AND incident_id = :incidentId")
	List<String> currentSteps(UUID organisationId, UUID incidentId);

}
