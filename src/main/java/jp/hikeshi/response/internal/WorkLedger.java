package jp.hikeshi.response.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work recorded on each incident, latest state per record, as the work's events
 * arrive.
 */
@Component
class WorkLedger {

	private static final int INCIDENT_LIMIT = 1000;

	private static final int ATTEMPTS = 5;

	private final JdbcClient jdbc;

	WorkLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records where the record stands now; false (and nothing written) when the ledger
	 * already has it further along. Two events of one record (drafted and sent) are heard
	 * at once on two threads: each write is conditional on what was read, and a write
	 * that meets the other's row reads again and decides on what it is now.
	 */
	boolean record(WorkFact fact, Instant now) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Stored earlier = jdbc.sql(
					"SELECT state, record_version FROM response_work WHERE incident_id = ? AND work = ? AND record_id = ?")
				.params(fact.incidentId(), fact.work().name(), fact.recordId())
				.query((rs, n) -> new Stored(rs.getString("state"), rs.getLong("record_version")))
				.optional()
				.orElse(null);
			if (!fact.mayFollow(earlier == null ? null : earlier.state(), earlier == null ? 0 : earlier.version())) {
				return false;
			}
			int written = earlier != null ? jdbc.sql("""
					UPDATE response_work SET state = ?, subject = ?, recorded_at = ?, record_version = ?
					WHERE incident_id = ? AND work = ? AND record_id = ? AND state = ? AND record_version = ?""")
				.params(fact.state(), fact.subject(), now.atOffset(ZoneOffset.UTC), fact.version(), fact.incidentId(),
						fact.work().name(), fact.recordId(), earlier.state(), earlier.version())
				.update()
					: jdbc
						.sql("""
								INSERT INTO response_work (organisation_id, incident_id, work, record_id, subject, state, recorded_at,
								record_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
						.params(fact.organisation().value(), fact.incidentId(), fact.work().name(), fact.recordId(),
								fact.subject(), fact.state(), now.atOffset(ZoneOffset.UTC), fact.version())
						.update();
			if (written == 1) {
				return true;
			}
		}
		throw new IllegalStateException("The work ledger kept changing under " + fact.work() + " " + fact.recordId());
	}

	/** The work recorded on the incident, oldest first. */
	List<WorkFact> of(OrganisationId organisation, UUID incidentId) {
		return jdbc
			.sql("SELECT * FROM response_work WHERE incident_id = ? AND organisation_id = ? ORDER BY recorded_at LIMIT "
					+ INCIDENT_LIMIT)
			.params(incidentId, organisation.value())
			.query((rs, n) -> new WorkFact(organisation, incidentId, Work.valueOf(rs.getString("work")),
					rs.getObject("record_id", UUID.class), rs.getString("subject"), rs.getString("state"),
					rs.getLong("record_version")))
			.list();
	}

	private record Stored(String state, long version) {
	}

}
