package jp.hikeshi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the UPDATE statements of a migration again, on rows a test wrote the old way: the
 * data part of a migration tested on the database the tests share, whose schema Flyway
 * has already brought up to date.
 */
public final class MigrationUpdates {

	private MigrationUpdates() {
	}

	public static void rerun(JdbcClient jdbc, String migration) {
		String sql;
		try {
			sql = new ClassPathResource(migration).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String statement : sql.split(";")) {
			String code = statement.lines()
				.filter(l -> !l.strip().startsWith("--"))
				.reduce("", (a, b) -> a + "\n" + b)
				.strip();
			if (code.startsWith("UPDATE")) {
				jdbc.sql(code).update();
			}
		}
	}

}
