package jp.hikeshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the seeding benchmarks share: their options, the application started on a fresh
 * database, and where results go.
 */
final class BenchApp {

	/** A benchmark's work once the application runs. */
	interface Body {

		void run(ConfigurableApplicationContext app, Map<String, String> options, boolean postgres, String url,
				int port, Instant started) throws Exception;

	}

	private BenchApp() {
	}

	/**
	 * {@code --name=value} arguments over the defaults; only known names and
	 * {@code --keep} are accepted.
	 */
	static Map<String, String> options(Map<String, String> options, String[] args) {
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			if (!options.containsKey(kv[0]) && !kv[0].equals("keep")) {
				throw new IllegalArgumentException("unknown option " + arg);
			}
			options.put(kv[0], kv.length > 1 ? kv[1] : "");
		}
		return options;
	}

	/**
	 * Starts the application on a fresh H2 file database or a new PostgreSQL schema
	 * {@code <prefix>_<UTC timestamp>}, runs the body, and drops the schema afterwards
	 * unless {@code --keep}.
	 */
	static void run(String title, String schemaPrefix, Map<String, String> o, Body body) throws Exception {
		Instant started = Instant.now();
		String schema = schemaPrefix + "_"
				+ DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC).format(started);
		Benchmark.Options db = Benchmark.Options.parse(new String[] { "--db=" + o.get("db") });
		String url = Benchmark.prepareDatabase(db, schema);
		boolean postgres = db.db.equals("postgres");
		int port = Benchmark.freePort();
		System.out.printf("%s: %s (port %d)%n", title, o, port);
		ConfigurableApplicationContext app = Benchmark.start(url, postgres ? "postgres" : "sa", port);
		try {
			body.run(app, o, postgres, url, port, started);
		}
		finally {
			app.close();
			if (postgres && !o.containsKey("keep")) {
				try (Connection c = DriverManager.getConnection(Benchmark.PG_SERVER, "postgres", "")) {
					c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
				}
			}
		}
	}

	/** Prints the markdown section and appends it to target/bench-results.md. */
	static void publish(String report) throws java.io.IOException {
		System.out.println();
		System.out.println(report);
		Path out = Path.of("target", "bench-results.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println("Appended to " + out.toAbsolutePath());
	}

}
