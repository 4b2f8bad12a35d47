package jp.hikeshi.reporting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.reporting.RansomDecision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored confirmations of the no-ransom rule, at most one per incident. */
@Repository
public class RansomDecisions {

	private final JdbcClient jdbc;

	RansomDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<RansomDecision> find(UUID incidentId) {
		return jdbc.sql("SELECT * FROM ransom_decision WHERE incident_id = :i")
			.param("i", incidentId)
			.query((rs, n) -> new RansomDecision(incidentId, rs.getString("confirmed_by_name"),
					rs.getObject("confirmed_at", OffsetDateTime.class).toInstant(), rs.getString("note")))
			.optional();
	}

	/**
	 * Stores the confirmation unless the incident has one; whether this one was stored.
	 */
	public boolean confirmOnce(Actor by, UUID incidentId, Instant at, String note) {
		return jdbc
			.sql("""
					INSERT INTO ransom_decision (incident_id, organisation_id, confirmed_by, confirmed_by_name, confirmed_at, note)
					VALUES (:i, :org, :by, :name, :at, :note) ON CONFLICT DO NOTHING""")
			.param("i", incidentId)
			.param("org", by.organisation().value())
			.param("by", by.id())
			.param("name", by.displayName())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("note", note)
			.update() == 1;
	}

}
