package jp.hikeshi.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The clue index moved from values to fingerprints (V85–V87): observables stored before
 * it must keep relating alerts.
 */
class FingerprintMigrationTests {

	@Test
	@DisplayName("DET-2 upgrading an installation gives every stored observable its fingerprint, per organisation, and the new index")
	void upgradeFillsFingerprints() {
		String url = "jdbc:h2:mem:fingerprint-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		SingleConnectionDataSource data = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			Flyway.configure().dataSource(data).locations("classpath:db/migration").target("85").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(data);
			OrganisationId other = new OrganisationId(UUID.randomUUID());
			jdbc.update(
					"INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, 'Clinic B', FALSE, CURRENT_TIMESTAMP)",
					other.value());
			UUID a = alert(jdbc, OrganisationId.DEFAULT, "a", "NEW");
			UUID b = alert(jdbc, other, "b", "DISMISSED");
			observable(jdbc, a, OrganisationId.DEFAULT, "ip", "192.0.2.7", false);
			observable(jdbc, a, OrganisationId.DEFAULT, "sha256", "ab".repeat(32), false);
			observable(jdbc, b, other, "ip", "192.0.2.7", true);

			Flyway.configure()
				.dataSource(data)
				.locations("classpath:db/migration")
				.javaMigrations(new V86__FillAlertObservableFingerprints())
				.load()
				.migrate();

			List<Map<String, Object>> rows = jdbc.queryForList(
					"SELECT alert_id, organisation_id, kind, normalised_value, fingerprint FROM alert_observable");
			assertThat(rows).hasSize(3)
				.allSatisfy(row -> assertThat(row.get("FINGERPRINT"))
					.isEqualTo(ClueFingerprint.of(new OrganisationId((UUID) row.get("ORGANISATION_ID")),
							(String) row.get("KIND"), (String) row.get("NORMALISED_VALUE"))));
			assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT fingerprint) FROM alert_observable", Long.class))
				.isEqualTo(3);
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'IX_ALERT_OBSERVABLE_FINGERPRINT'",
					Long.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ALERT_OBSERVABLE' "
							+ "AND COLUMN_NAME = 'FINGERPRINT'",
					String.class))
				.isEqualTo("NO");
		}
		finally {
			data.destroy();
		}
	}

	private static UUID alert(JdbcTemplate jdbc, OrganisationId org, String ref, String state) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.parse("2026-01-10T01:00:00Z");
		jdbc.update(
				"INSERT INTO alert (id, organisation_id, source, source_ref, title, severity, occurred_at, first_seen_at, "
						+ "last_seen_at, seen_count, state, related, received_by) VALUES (?, ?, 'edr', ?, 'old', 'LOW', ?, ?, ?, 1, ?, FALSE, ?)",
				id, org.value(), ref, at, at, at, state, UUID.randomUUID());
		return id;
	}

	private static void observable(JdbcTemplate jdbc, UUID alert, OrganisationId org, String kind, String value,
			boolean dismissed) {
		jdbc.update(
				"INSERT INTO alert_observable (alert_id, organisation_id, kind, normalised_value, dismissed) VALUES (?, ?, ?, ?, ?)",
				alert, org.value(), kind, value, dismissed);
	}

}
