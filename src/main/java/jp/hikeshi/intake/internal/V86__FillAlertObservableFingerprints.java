package jp.hikeshi.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Gives every observable stored before V85 its {@link ClueFingerprint}, computed here
 * because H2 and PostgreSQL spell SHA-256 differently in SQL. Runs between V85 (the
 * column) and V87 (NOT NULL and the index); Spring Boot hands Flyway every
 * {@code JavaMigration} bean.
 */
@Component
class V86__FillAlertObservableFingerprints extends BaseJavaMigration {

	private static final int BATCH = 1000;

	@Override
	public void migrate(Context context) throws Exception {
		fill(context.getConnection());
	}

	/** Fills the fingerprints still missing; returns how many rows it filled. */
	static long fill(Connection connection) throws Exception {
		long filled = 0;
		try (Statement select = connection.createStatement();
				PreparedStatement update = connection.prepareStatement("UPDATE alert_observable SET fingerprint = ? "
						+ "WHERE alert_id = ? AND kind = ? AND normalised_value = ?")) {
			select.setFetchSize(BATCH);
			try (ResultSet rs = select.executeQuery("SELECT alert_id, organisation_id, kind, normalised_value "
					+ "FROM alert_observable WHERE fingerprint IS NULL")) {
				int pending = 0;
				while (rs.next()) {
					String kind = rs.getString("kind");
					String value = rs.getString("normalised_value");
					update.setLong(1, ClueFingerprint
						.of(new OrganisationId(rs.getObject("organisation_id", UUID.class)), kind, value));
					update.setObject(2, rs.getObject("alert_id", UUID.class));
					update.setString(3, kind);
					update.setString(4, value);
					update.addBatch();
					if (++pending == BATCH) {
						update.executeBatch();
						filled += pending;
						pending = 0;
					}
				}
				if (pending > 0) {
					update.executeBatch();
					filled += pending;
				}
			}
		}
		return filled;
	}

}
