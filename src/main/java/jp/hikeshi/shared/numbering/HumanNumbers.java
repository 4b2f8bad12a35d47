package jp.hikeshi.shared.numbering;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;

import javax.sql.DataSource;

import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the numbers people quote on the phone ({@code R-2026-0001}): per organisation, prefix and
 * year (in the display zone). Each number is taken in its own short transaction so that the counter's
 * row lock is never held while the caller's larger transaction runs; a failed caller leaves a gap.
 */
@Component
public class HumanNumbers {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final DisplayZone zone;
	private final boolean postgres;

	HumanNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, DisplayZone zone, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
		this.zone = zone;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String next(OrganisationId organisation, String prefix, Instant at) {
		int year = ZonedDateTime.ofInstant(at, zone.zone()).getYear();
		long value = ownTransaction.execute(status -> increment(organisation, prefix, year));
		return "%s-%d-%04d".formatted(prefix, year, value);
	}

	private long increment(OrganisationId organisation, String prefix, int year) {
		if (postgres) {
			// the counter's commit need not wait for its own disk flush: the report that uses the number flushes
			// the log up to and including this update when it commits; a crash before that loses an unused number
			jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
		int updated = update(organisation, prefix, year);
		if (updated == 0) {
			// ON CONFLICT keeps a concurrent first use from failing the transaction (H2 accepts it in PostgreSQL mode)
			jdbc.sql("""
					INSERT INTO human_number_counter (organisation_id, prefix, year_number, last_value)
					VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING""")
				.params(organisation.value(), prefix, year)
				.update();
			update(organisation, prefix, year);
		}
		return jdbc.sql("SELECT last_value FROM human_number_counter WHERE organisation_id = ? AND prefix = ? AND year_number = ?")
			.params(organisation.value(), prefix, year)
			.query(Long.class)
			.single();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach the database", ex);
		}
	}

	private int update(OrganisationId organisation, String prefix, int year) {
		return jdbc.sql("UPDATE human_number_counter SET last_value = last_value + 1 WHERE organisation_id = ? AND prefix = ? AND year_number = ?")
			.params(organisation.value(), prefix, year)
			.update();
	}
}
