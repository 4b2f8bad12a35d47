package jp.hikeshi.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jp.hikeshi.HikeshiApplication;
import jp.hikeshi.bench.HttpLoad.Filing;
import jp.hikeshi.bench.Machine.Latency;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.intake.ReportDesk;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The repository benchmark for report intake (not a test): starts the real application on
 * H2 or PostgreSQL, seeds reports through the service layer, measures the latency of list
 * pages at the seeded count, then filing through the REST API with concurrent clients,
 * then the list pages again at the grown count. Run:
 * {@code ./mvnw -Pbench test-compile exec:java -Dexec.args="--db=h2"}. Options:
 * --db=h2|postgres, --reports=N (100000), --seed-threads=N (3), --clients=N (8),
 * --warmup-seconds=N (120), --requests=N (20000), --list-warmup=N (200), --samples=N
 * (300), --keep (keep the PostgreSQL schema).
 */
public final class Benchmark {

	static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Instant started = Instant.now();
		String schema = "bench_"
				+ DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC).format(started);
		String url = prepareDatabase(options, schema);
		int port = freePort();
		System.out.printf("Hikeshi benchmark: db=%s reports=%d clients=%d requests=%d (port %d)%n", options.db,
				options.reports, options.clients, options.requests, port);
		ConfigurableApplicationContext app = start(url, options.db.equals("postgres") ? "postgres" : "sa", port);
		try {
			run(app, options, port, started);
		}
		finally {
			app.close();
			if (options.db.equals("postgres") && !options.keep) {
				try (Connection c = DriverManager.getConnection(PG_SERVER, "postgres", "")) {
					c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
				}
			}
		}
	}

	private static void run(ConfigurableApplicationContext app, Options options, int port, Instant started)
			throws Exception {
		Accounts accounts = app.getBean(Accounts.class);
		ReportDesk desk = app.getBean(ReportDesk.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		var user = accounts.create(new Accounts.NewAccount("bench-handler", "ベンチ 担当者", null, "bench-password-123456",
				Locale.JAPANESE, EnumSet.of(Role.HANDLER)), null);
		Actor handler = user.toActor();
		String token = accounts.issueToken(handler, "benchmark").secret();

		long t0 = System.nanoTime();
		seed(desk, handler, options);
		double seedSeconds = (System.nanoTime() - t0) / 1e9;
		double drainAfterSeed = drainEvents(jdbc);
		System.out.printf(
				"Seeded %d reports through ReportDesk in %.1f s (%.0f reports/s); audit backlog drained %.1f s later%n",
				options.reports, seedSeconds, options.reports / seedSeconds, drainAfterSeed);
		analyze(app, options);

		HttpLoad http = new HttpLoad(port, token);
		SplittableRandom between = new SplittableRandom(7);
		String loadBeforeLists = Machine.loadAverage();
		Lists atSeed = lists(http, options, desk, handler, between);

		String loadBeforeFiling = Machine.loadAverage();
		System.out.printf("Filing over HTTP: %d clients, %d s warm-up, then %d requests%n", options.clients,
				options.warmupSeconds, options.requests);
		long storedBefore = jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single();
		Filing filing = http.file(options.clients, options.warmupSeconds, options.requests, 42);
		long stored = jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single() - storedBefore;
		if (stored != filing.warmupCreated() + filing.created()) {
			throw new IllegalStateException("the server answered 201 " + (filing.warmupCreated() + filing.created())
					+ " times, but the report table grew by " + stored);
		}
		double drainAfterFiling = drainEvents(jdbc);
		System.out.printf("  %d created, %d failed %s in %.1f s: %.0f reports/s; audit backlog drained %.1f s later%n",
				filing.created(), filing.failed(), filing.failures(), filing.seconds(), filing.perSecond(),
				drainAfterFiling);
		analyze(app, options);

		String loadAfterFiling = Machine.loadAverage();
		Lists afterFiling = lists(http, options, desk, handler, between);
		Map<String, String> machine = Machine.facts(databaseVersion(app));
		machine.put("load average (1/5/15 min) before the lists / before filing / before the second lists / at the end",
				loadBeforeLists + " / " + loadBeforeFiling + " / " + loadAfterFiling + " / " + Machine.loadAverage());

		String report = Results.markdown(options, started, machine, seedSeconds, filing, drainAfterFiling, atSeed,
				afterFiling);
		BenchApp.publish(report);
	}

	/** The list latencies at the reports stored now, with their count. */
	record Lists(long total, long malware, Map<String, Latency> latencies) {
	}

	private static Lists lists(HttpLoad http, Options options, ReportDesk desk, Actor handler, SplittableRandom between)
			throws Exception {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("first page (`page=0&size=20`)", "/api/v1/reports?page=0&size=20");
		queries.put("500th page (`page=499&size=20`)", "/api/v1/reports?page=499&size=20");
		queries.put("filtered, first page (`status=RECEIVED&category=MALWARE`)",
				"/api/v1/reports?status=RECEIVED&category=MALWARE&page=0&size=20");
		queries.put("filtered, 500th page (same, `page=499`)",
				"/api/v1/reports?status=RECEIVED&category=MALWARE&page=499&size=20");
		long total = http.totalItems("/api/v1/reports?page=0&size=20");
		long malware = http.totalItems("/api/v1/reports?status=RECEIVED&category=MALWARE&page=0&size=20");
		System.out.printf(
				"List latencies over HTTP at %d reports (%d MALWARE): %d warm-up rounds, %d samples each, one report filed"
						+ " through ReportDesk (untimed) before each request%n",
				total, malware, options.listWarmup, options.samples);
		return new Lists(total, malware, http.listLatencies(queries, options.listWarmup, options.samples,
				() -> desk.file(handler, Samples.submission(between, null, -1))));
	}

	static String databaseVersion(ConfigurableApplicationContext app) throws SQLException {
		try (Connection c = app.getBean(DataSource.class).getConnection()) {
			return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
		}
	}

	/**
	 * Files the reports through the service layer on a few threads, received over the
	 * past year.
	 */
	private static void seed(ReportDesk desk, Actor handler, Options options) throws Exception {
		AtomicInteger next = new AtomicInteger();
		Instant now = Instant.now();
		long yearSeconds = Duration.ofDays(365).toSeconds();
		ExecutorService pool = Executors.newFixedThreadPool(options.seedThreads);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < options.seedThreads; t++) {
			SplittableRandom random = new SplittableRandom(1000 + t);
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < options.reports; i = next.getAndIncrement()) {
					Instant receivedAt = now
						.minusSeconds(yearSeconds - yearSeconds * i / options.reports + random.nextInt(60));
					desk.file(handler, Samples.submission(random, receivedAt, i));
					if ((i + 1) % 10_000 == 0) {
						System.out.printf("  seeded %,d reports%n", i + 1);
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
	}

	/**
	 * Waits until the audit sealer has caught up (no queued audit entries and no
	 * incomplete event publications left).
	 */
	private static double drainEvents(JdbcClient jdbc) {
		long start = System.nanoTime();
		IncidentSeed.drain(jdbc);
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * On PostgreSQL, VACUUM ANALYZE the report table as autovacuum would after a bulk
	 * load (see docs/benchmarks.md).
	 */
	private static void analyze(ConfigurableApplicationContext app, Options options) throws SQLException {
		if (options.db.equals("postgres") && options.vacuum) {
			try (Connection c = app.getBean(DataSource.class).getConnection()) {
				c.setAutoCommit(true);
				c.createStatement().execute("VACUUM ANALYZE report");
			}
		}
	}

	static String prepareDatabase(Options options, String schema) throws IOException, SQLException {
		if (options.db.equals("h2")) {
			FileSystemUtils.deleteRecursively(Path.of("target", "bench-h2"));
			return "jdbc:h2:file:./target/bench-h2/hikeshi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
		}
		if (!options.db.equals("postgres")) {
			throw new IllegalArgumentException("--db must be h2 or postgres");
		}
		try (Connection c = DriverManager.getConnection(PG_SERVER, "postgres", "")) {
			c.createStatement().execute("CREATE SCHEMA " + schema);
		}
		return PG_SERVER + "?currentSchema=" + schema;
	}

	static ConfigurableApplicationContext start(String url, String user, int port) {
		SpringApplication application = new SpringApplication(HikeshiApplication.class);
		// command-line style arguments: they win over application.properties and the
		// tests' config/application.properties
		return application.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=", "--server.port=" + port, "--server.address=127.0.0.1",
				"--hikeshi.admin.password=bench-bootstrap-password", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.jp.hikeshi=WARN", "--spring.thymeleaf.cache=true");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Command-line options, all optional. */
	static final class Options {

		String db = "h2";

		int reports = 100_000;

		int seedThreads = 3;

		int clients = 8;

		int warmupSeconds = 120;

		int requests = 20_000;

		int listWarmup = 200;

		int samples = 300;

		boolean keep;

		boolean vacuum = true;

		static Options parse(String[] args) {
			Options o = new Options();
			for (String arg : args) {
				String[] kv = arg.replaceFirst("^--", "").split("=", 2);
				String v = kv.length > 1 ? kv[1] : "";
				switch (kv[0]) {
					case "db" -> o.db = v;
					case "reports" -> o.reports = Integer.parseInt(v);
					case "seed-threads" -> o.seedThreads = Integer.parseInt(v);
					case "clients" -> o.clients = Integer.parseInt(v);
					case "warmup-seconds" -> o.warmupSeconds = Integer.parseInt(v);
					case "requests" -> o.requests = Integer.parseInt(v);
					case "list-warmup" -> o.listWarmup = Integer.parseInt(v);
					case "samples" -> o.samples = Integer.parseInt(v);
					case "keep" -> o.keep = true;
					case "no-vacuum" -> o.vacuum = false;
					default -> throw new IllegalArgumentException("unknown option " + arg);
				}
			}
			return o;
		}

	}

}
