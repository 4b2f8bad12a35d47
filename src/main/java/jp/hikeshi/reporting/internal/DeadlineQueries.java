package jp.hikeshi.reporting.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first open legal deadlines of an organisation, read in the order of
 * ix_legal_deadline_board and stopped after a few.
 */
@Component
public class DeadlineQueries {

	private final JdbcClient jdbc;

	DeadlineQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Required, unmet deadlines, the one due first on top (the ORDER BY spells the index
	 * so H2 reads it in order too).
	 */
	public List<AssessmentRecords.Deadline> first(UUID organisationId, int limit) {
		return jdbc
			.sql("""
					SELECT * FROM legal_deadline WHERE organisation_id = :org AND met_at IS NULL AND required AND due_at IS NOT NULL
					ORDER BY organisation_id, met_at, due_at, incident_id LIMIT :limit""")
			.param("org", organisationId)
			.param("limit", limit)
			.query((rs, n) -> new AssessmentRecords.Deadline(rs.getObject("organisation_id", UUID.class),
					rs.getObject("incident_id", UUID.class), rs.getString("kind"), rs.getBoolean("required"),
					rs.getString("rule_code"), AssessmentRecords.instant(rs, "warn_at"),
					AssessmentRecords.instant(rs, "due_at"), null))
			.list();
	}

}
