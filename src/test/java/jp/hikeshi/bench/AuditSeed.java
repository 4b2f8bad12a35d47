package jp.hikeshi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Bulk-loads audit entries for the audit benchmark: a year of entries of four actions by
 * thirty people on reports, incidents, tasks and users, half of them with structured
 * parameters. Seeded entries take negative sequence numbers: they lie outside the hash
 * chain (which starts at 1), so the application's sealer and chain head are untouched.
 */
final class AuditSeed {

	private AuditSeed() {
	}

	/**
	 * {@code count} entries of one organisation in one INSERT … SELECT over a generated
	 * range (H2 SYSTEM_RANGE, PostgreSQL generate_series): JDBC batches managed about 550
	 * rows a second on the loaded machine of the first run, too slow for a million. Every
	 * other entry has parameters; times spread over the year before {@code now}.
	 */
	static void bulk(Connection connection, boolean postgres, UUID organisation, int count, Instant now, long firstSeq)
			throws SQLException {
		String range = postgres ? "generate_series(1, ?) AS g(x)" : "SYSTEM_RANGE(1, ?) AS g(x)";
		String at = postgres
				? "CAST(? AS TIMESTAMP WITH TIME ZONE) - (CAST(x AS BIGINT) * 7919 % 31536000) * INTERVAL '1 second'"
				: "DATEADD(SECOND, -MOD(x * 7919, 31536000), CAST(? AS TIMESTAMP WITH TIME ZONE))";
		String uuid = postgres ? "CAST(gen_random_uuid() AS VARCHAR)" : "CAST(RANDOM_UUID() AS VARCHAR)";
		String mod = postgres ? "(x % 4)" : "MOD(x, 4)";
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO audit_entry (organisation_id, occurred_at, recorded_at, actor, action, object_type, object_id,
						                         summary, params, seq, prev_hash, entry_hash)
						SELECT ?, %1$s, %1$s, 'user' || CAST(%2$s AS VARCHAR),
						       CASE %2$s WHEN 0 THEN 'REPORT_FILED' WHEN 1 THEN 'INCIDENT_OPENED' WHEN 2 THEN 'TASK_CHANGED' ELSE 'LOGIN' END,
						       CASE %2$s WHEN 0 THEN 'REPORT' WHEN 1 THEN 'INCIDENT' WHEN 2 THEN 'TASK' ELSE 'USER' END, %3$s,
						       'INC-2026-' || CAST(x AS VARCHAR) || ' 受付 PC で不審なメールの添付ファイルを開いた件の記録',
						       CASE WHEN %2$s < 2 THEN '{"number":"INC-2026-' || CAST(x AS VARCHAR)
						            || '","title":"受付 PC の感染疑い","summary":"不審なメール"}' ELSE NULL END,
						       ? - x, ?, ?
						FROM %4$s"""
					.formatted(at, mod, uuid, range))) {
			String zeros = "0".repeat(64);
			java.time.OffsetDateTime base = now.atOffset(ZoneOffset.UTC);
			insert.setObject(1, organisation);
			insert.setObject(2, base);
			insert.setObject(3, base);
			insert.setLong(4, firstSeq);
			insert.setString(5, zeros);
			insert.setString(6, zeros);
			insert.setInt(7, count);
			insert.executeUpdate();
			connection.commit();
		}
	}

}
