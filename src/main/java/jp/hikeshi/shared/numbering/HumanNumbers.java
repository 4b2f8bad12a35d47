package jp.hikeshi.shared.numbering;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the numbers people quote on the phone ({@code R-2026-0001}): per
 * organisation, prefix and year (in the display zone), from one database sequence per
 * organisation, prefix and year. A sequence never waits for another transaction, so
 * parallel filers are not serialised on a counter row as they were before; numbers are
 * unique and increasing, and consecutive in normal operation. Like the counter before it,
 * a number taken by a caller that then fails is not handed out again (a gap), and so are
 * the few numbers a database pre-allocates when it crashes (PostgreSQL logs a sequence 32
 * values ahead, H2 caches 32): gaps, never a number twice.
 * <p>
 * A sequence is created on its first use, starting after the value the older counter
 * table ({@code human_number_counter}) reached for the same organisation, prefix and
 * year, so numbering continues where it stood.
 */
@Component
public class HumanNumbers {

	private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,10}");

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final DisplayZone zone;

	private final boolean postgres;

	private final Map<String, Boolean> created = new ConcurrentHashMap<>();

	HumanNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, DisplayZone zone, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
		this.zone = zone;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number; may run inside the caller's transaction, and never waits for
	 * another transaction.
	 */
	public String next(OrganisationId organisation, String prefix, Instant at) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("prefix must be 1-10 letters or digits: " + prefix);
		}
		int year = ZonedDateTime.ofInstant(at, zone.zone()).getYear();
		String sequence = "hn_" + organisation.value().toString().replace("-", "") + "_"
				+ prefix.toLowerCase(Locale.ROOT) + "_" + year;
		if (!created.containsKey(sequence)) {
			try {
				ownTransaction.executeWithoutResult(status -> create(sequence, organisation, prefix, year));
			}
			catch (DataAccessException raced) {
				// PostgreSQL: another instance created the same sequence at the same
				// moment; it exists now
				if (!exists(sequence)) {
					throw raced;
				}
			}
			created.put(sequence, Boolean.TRUE);
		}
		long value = jdbc.sql(postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence)
			.query(Long.class)
			.single();
		return "%s-%d-%04d".formatted(prefix, year, value);
	}

	private void create(String sequence, OrganisationId organisation, String prefix, int year) {
		long reached = jdbc.sql(
				"SELECT last_value FROM human_number_counter WHERE organisation_id = ? AND prefix = ? AND year_number = ?")
			.params(organisation.value(), prefix, year)
			.query(Long.class)
			.optional()
			.orElse(0L);
		jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + (reached + 1)).update();
	}

	private boolean exists(String sequence) {
		return ownTransaction.execute(
				status -> jdbc.sql("SELECT COUNT(*) FROM information_schema.sequences WHERE LOWER(sequence_name) = ?")
					.param(sequence)
					.query(Long.class)
					.single() > 0);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach the database", ex);
		}
	}

}
