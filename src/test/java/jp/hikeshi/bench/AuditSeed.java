package jp.hikeshi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Bulk-loads audit entries with JDBC batches for the audit benchmark: a year of entries of about twenty actions by
 * thirty people on incidents, reports and tasks, half of them with structured parameters. Seeded entries take
 * negative sequence numbers: they lie outside the hash chain (which starts at 1), so the application's sealer and
 * chain head are untouched.
 */
final class AuditSeed {

	static final String[] ACTIONS = { "REPORT_FILED", "REPORT_TRIAGED", "INCIDENT_OPENED", "INCIDENT_UPDATED", "TASK_CREATED",
			"TASK_CHANGED", "TASK_ASSIGNED", "LOGIN", "LOGIN_FAILED", "EVIDENCE_REGISTERED", "CUSTODY_TRANSFERRED",
			"NOTIFICATION_PLANNED", "NOTIFICATION_SENT", "TRIAGE_DECIDED", "OBSERVABLE_ADDED", "INCIDENT_TIMELINE_ADDED",
			"CONTAINMENT_REQUESTED", "RECOVERY_PLANNED", "ASSET_UPDATED", "REQUEST_ANSWERED" };

	private static final String[] TYPES = { "REPORT", "REPORT", "INCIDENT", "INCIDENT", "TASK", "TASK", "TASK", "USER", "USER",
			"EVIDENCE", "EVIDENCE", "NOTIFICATION", "NOTIFICATION", "REPORT", "INCIDENT", "INCIDENT", "CONTAINMENT", "RECOVERY",
			"ASSET", "TASK" };

	private final Connection connection;
	private long nextSeq;

	AuditSeed(Connection connection, long firstNegativeSeq) {
		this.connection = connection;
		this.nextSeq = firstNegativeSeq;
	}

	/** {@code count} entries of one organisation, occurred over the year before {@code now}; commits every 10,000. */
	void entries(UUID organisation, int count, Instant now, SplittableRandom random) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO audit_entry (organisation_id, occurred_at, recorded_at, actor, actor_id, action, object_type,
				                         object_id, summary, params, seq, prev_hash, entry_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			String zeros = "0".repeat(64);
			for (int i = 0; i < count; i++) {
				int a = random.nextInt(ACTIONS.length);
				Instant at = now.minusMillis(random.nextLong(365L * 24 * 3600 * 1000));
				String number = "INC-2026-" + random.nextInt(1, 10_000);
				insert.setObject(1, organisation);
				insert.setObject(2, at.atOffset(ZoneOffset.UTC));
				insert.setObject(3, at.plusMillis(30).atOffset(ZoneOffset.UTC));
				insert.setString(4, "user" + random.nextInt(30));
				insert.setObject(5, null);
				insert.setString(6, ACTIONS[a]);
				insert.setString(7, TYPES[a]);
				insert.setString(8, UUID.randomUUID().toString());
				insert.setString(9, number + " 受付 PC で不審なメールの添付ファイルを開いた件の記録 " + i);
				insert.setString(10, random.nextBoolean() ? null
						: "{\"number\":\"" + number + "\",\"title\":\"受付 PC の感染疑い\",\"summary\":\"不審なメール\"}");
				insert.setLong(11, nextSeq--);
				insert.setString(12, zeros);
				insert.setString(13, zeros);
				insert.addBatch();
				if ((i + 1) % 1000 == 0) {
					insert.executeBatch();
				}
				if ((i + 1) % 10_000 == 0) {
					connection.commit();
				}
			}
			insert.executeBatch();
			connection.commit();
		}
	}
}
