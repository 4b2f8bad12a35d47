package jp.hikeshi.response.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the tasks an assignment concerns: the ones named on an incident, and the open
 * ones nobody has yet.
 */
@Component
public class AssignmentRecords {

	private final JdbcClient jdbc;

	AssignmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The listed tasks that belong to the incident (unknown ids are left out). */
	public List<TaskRow> ofIncident(UUID incidentId, Collection<UUID> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(
				"SELECT * FROM response_task WHERE incident_id = :incident AND id IN (:ids) ORDER BY process, created_at, id")
			.param("incident", incidentId)
			.param("ids", List.copyOf(taskIds))
			.query(TaskRecords::row)
			.list();
	}

	/**
	 * Open tasks of the incidents that carry a role but no assignee, by incident, process
	 * and creation.
	 */
	public List<TaskRow> unassignedOpen(UUID organisationId, Collection<UUID> incidentIds, int limit) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM response_task
				WHERE organisation_id = :org AND assignee_id IS NULL AND role_code IS NOT NULL
				  AND status IN ('TODO', 'IN_PROGRESS', 'WAITING_FOR_VENDOR') AND incident_id IN (:incidents)
				ORDER BY incident_id, process, created_at, id LIMIT :limit""")
			.param("org", organisationId)
			.param("incidents", List.copyOf(incidentIds))
			.param("limit", limit)
			.query(TaskRecords::row)
			.list();
	}

}
