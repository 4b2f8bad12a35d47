package jp.hikeshi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jp.hikeshi.HikeshiApplication;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.intake.internal.ClueFingerprint;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.TimeOrderedIds;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Alert intake benchmark: seeds alerts with batch JDBC inserts (not through the API),
 * then measures alerts/s through POST /api/v1/alerts/batch with 4 clients and 20 %
 * repeats, then the p95 of the alert queue's first page over HTTP. Run: ./mvnw -o -Pbench
 * test-compile exec:java -Dexec.mainClass=jp.hikeshi.bench.AlertBenchmark
 * -Dexec.args="--db=h2" (or --db=postgres; --seed=N, --batches=N per client,
 * --warmup-seconds=N (60); --no-vacuum). The system property bench.h2 is appended to the
 * H2 URL, for trying H2 settings (e.g. -Dbench.h2=";CACHE_SIZE=262144"). On PostgreSQL
 * the alert tables are vacuumed and analysed after seeding, as autovacuum does after a
 * bulk insert (the report benchmark does the same): without it the planner has no
 * statistics and every index-only scan visits the heap.
 */
public final class AlertBenchmark {

	private static final int CLIENTS = 4;

	private static final int BATCH = 1000;

	private static final int REPEATS = 200;

	private static final int IP_POOL = 200_000;

	public static void main(String[] args) throws Exception {
		String db = arg(args, "db", "h2");
		int seed = Integer.parseInt(arg(args, "seed", "1000000"));
		int batches = Integer.parseInt(arg(args, "batches", "25"));
		int warmupSeconds = Integer.parseInt(arg(args, "warmup-seconds", "60"));
		String schema = "alerts_" + System.currentTimeMillis();
		String url;
		String user;
		if (db.equals("postgres")) {
			try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
				c.createStatement().execute("CREATE SCHEMA " + schema);
			}
			url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
			user = "postgres";
		}
		else {
			Path dir = Path.of("target/bench-alerts-h2");
			if (Files.exists(dir)) {
				try (var files = Files.walk(dir)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
			url = "jdbc:h2:file:./target/bench-alerts-h2/db;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH"
					+ System.getProperty("bench.h2", "");
			user = "sa";
		}
		ConfigurableApplicationContext app = SpringApplication.run(HikeshiApplication.class, "--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=", "--spring.thymeleaf.cache=true",
				"--hikeshi.admin.password=bench-bootstrap-password", "--logging.level.root=WARN",
				"--logging.level.jp.hikeshi=WARN", "--spring.main.banner-mode=off");
		StringBuilder out = new StringBuilder();
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port;
			Accounts accounts = app.getBean(Accounts.class);
			var handler = accounts.create(new Accounts.NewAccount("bench", "Bench", "bench@example.jp",
					"bench-password-12345", Locale.JAPANESE, EnumSet.of(Role.HANDLER)), null);
			String token = accounts.issueToken(handler.toActor(), "bench").secret();

			long t0 = System.nanoTime();
			if (db.equals("postgres")) {
				try (Connection c = DriverManager.getConnection(url + "&reWriteBatchedInserts=true", "postgres", "")) {
					seed(c, seed, handler.toActor().id());
				}
			}
			else {
				try (Connection c = app.getBean(DataSource.class).getConnection()) {
					seed(c, seed, handler.toActor().id());
				}
			}
			double seedSeconds = (System.nanoTime() - t0) / 1e9;
			line(out, "seeded %,d alerts (+%,d observables) by batch JDBC in %.1f s", seed, seed, seedSeconds);
			if (db.equals("postgres") && !Arrays.asList(args).contains("--no-vacuum")) {
				long v0 = System.nanoTime();
				try (Connection c = app.getBean(DataSource.class).getConnection()) {
					c.setAutoCommit(true);
					c.createStatement().execute("VACUUM ANALYZE alert");
					c.createStatement().execute("VACUUM ANALYZE alert_observable");
				}
				line(out, "VACUUM ANALYZE of alert and alert_observable after seeding (as autovacuum would) in %.1f s",
						(System.nanoTime() - v0) / 1e9);
			}

			line(out, "load average (1/5/15 min) before the warm-up: %s", Machine.loadAverage());
			warmUp(port, token, warmupSeconds, out);
			line(out, "load average (1/5/15 min) before ingest: %s", Machine.loadAverage());
			ingest(port, token, batches, "run", out);
			try (Connection c = app.getBean(DataSource.class).getConnection();
					var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM alert")) {
				rs.next();
				line(out, "alerts stored after ingest (seed, warm-up and measured, repeats not stored twice): %,d",
						rs.getLong(1));
			}
			line(out, "load average (1/5/15 min) before the queue: %s", Machine.loadAverage());
			queue(base, token, out);
			line(out, "load average (1/5/15 min) at the end: %s", Machine.loadAverage());
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		finally {
			app.close();
			if (db.equals("postgres")) {
				try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
						"")) {
					c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
				}
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/bench-alerts-" + db + ".txt"), out.toString());
		System.out.println("\n==== AlertBenchmark " + db + " ====\n" + out);
		System.exit(0);
	}

	private static void seed(Connection c, int count, UUID receiver) throws Exception {
		c.setAutoCommit(false);
		String[] severities = { "INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL" };
		Instant now = Instant.now();
		// The seed is a state the application itself could have reached: ids are
		// time-ordered and carry the alert's
		// time as the application makes them, and an alert is flagged related exactly
		// when flagRelated would have
		// flagged it (it is not dismissed and another alert that is not dismissed carries
		// the same address).
		int[] ips = new int[count];
		int[] holders = new int[IP_POOL];
		for (int i = 0; i < count; i++) {
			ips[i] = ThreadLocalRandom.current().nextInt(IP_POOL);
			if (!state(i).equals("DISMISSED")) {
				holders[ips[i]]++;
			}
		}
		try (PreparedStatement alert = c
			.prepareStatement("INSERT INTO alert (id, organisation_id, source, source_ref, title, "
					+ "severity, occurred_at, first_seen_at, last_seen_at, seen_count, state, related, raw_payload, received_by) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
				PreparedStatement observable = c.prepareStatement(
						"INSERT INTO alert_observable (alert_id, organisation_id, kind, normalised_value, dismissed, fingerprint) "
								+ "VALUES (?, ?, 'ip', ?, ?, ?)")) {
			for (int i = 0; i < count; i++) {
				Instant made = now.minusMillis((long) (count - i) * 2500);
				UUID id = TimeOrderedIds.at(made);
				Timestamp at = Timestamp.from(made);
				alert.setObject(1, id);
				alert.setObject(2, OrganisationId.DEFAULT.value());
				alert.setString(3, "seed-" + (i % 20));
				alert.setString(4, "seed-" + i);
				alert.setString(5, "Seeded alert " + i);
				alert.setString(6, severities[i % 5]);
				alert.setTimestamp(7, at);
				alert.setTimestamp(8, at);
				alert.setTimestamp(9, at);
				alert.setString(10, state(i));
				alert.setBoolean(11, !state(i).equals("DISMISSED") && holders[ips[i]] > 1);
				alert.setString(12, "{\"seed\":" + i + "}");
				alert.setObject(13, receiver);
				alert.addBatch();
				observable.setObject(1, id);
				observable.setObject(2, OrganisationId.DEFAULT.value());
				observable.setString(3, ip(ips[i]));
				observable.setBoolean(4, state(i).equals("DISMISSED"));
				observable.setLong(5, ClueFingerprint.of(OrganisationId.DEFAULT, "ip", ip(ips[i])));
				observable.addBatch();
				if (i % 5000 == 4999 || i == count - 1) {
					alert.executeBatch();
					observable.executeBatch();
					c.commit();
				}
			}
		}
	}

	private static String state(int i) {
		return i % 20 == 0 ? "DISMISSED" : i % 20 == 1 ? "PROMOTED" : "NEW";
	}

	/**
	 * One batch of {@link #BATCH} alerts from {@code client}; the last fifth repeats keys
	 * from {@code sent}.
	 */
	private static byte[] batch(String tag, int client, int b, List<String> sent) {
		StringBuilder json = new StringBuilder("{\"alerts\":[");
		for (int i = 0; i < BATCH; i++) {
			String ref;
			if (i >= BATCH - REPEATS) {
				ref = sent.get(ThreadLocalRandom.current().nextInt(sent.size()));
			}
			else {
				ref = tag + "-" + client + "-" + b + "-" + i;
				sent.add(ref);
			}
			json.append(i == 0 ? "" : ",").append(alert("edr-" + client, ref));
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void post(WireClient wire, String token, byte[] body) throws IOException {
		WireClient.Answer r = wire.send("POST", "/api/v1/alerts/batch", body, "Authorization: Bearer " + token,
				"Content-Type: application/json", "Accept: application/json");
		if (r.status() != 200) {
			throw new IllegalStateException("batch answered " + r.status() + ": " + r.body());
		}
	}

	/**
	 * The same load as the measured ingest, for {@code seconds}, not counted: the JIT
	 * compiles the request path while the clients keep both cores busy, which takes a
	 * minute or more on two cores (batches are built as they are sent). Its alerts stay
	 * stored, so the measured ingest runs with more than the seeded count.
	 */
	private static void warmUp(int port, String token, int seconds, StringBuilder out) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Integer>> results = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			int c = client;
			results.add(pool.submit(() -> {
				List<String> sent = new ArrayList<>();
				int b = 0;
				try (WireClient wire = new WireClient("127.0.0.1", port)) {
					for (; System.nanoTime() < end; b++) {
						post(wire, token, batch("warm", c, b, sent));
					}
				}
				return b;
			}));
		}
		int sent = 0;
		for (Future<Integer> f : results) {
			sent += f.get();
		}
		pool.shutdown();
		line(out,
				"warm-up: %d clients for %d s, %,d batches of %d (20 %% repeats) = %,d alerts, %,.0f alerts/s while the JIT"
						+ " compiles",
				CLIENTS, seconds, sent, BATCH, (long) sent * BATCH, (double) sent * BATCH / seconds);
	}

	/**
	 * Each client sends its batches back to back over one kept-alive connection
	 * ({@link WireClient}); a fifth of each batch repeats keys it sent before. The bodies
	 * are built before the clock starts.
	 */
	private static void ingest(int port, String token, int batches, String tag, StringBuilder out) throws Exception {
		List<List<byte[]>> bodies = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			List<byte[]> mine = new ArrayList<>();
			List<String> sent = new ArrayList<>();
			for (int b = 0; b < batches; b++) {
				mine.add(batch(tag, client, b, sent));
			}
			bodies.add(mine);
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<long[]>> results = new ArrayList<>();
		long start = System.nanoTime();
		for (List<byte[]> mine : bodies) {
			results.add(pool.submit(() -> {
				long[] latencies = new long[mine.size()];
				try (WireClient wire = new WireClient("127.0.0.1", port)) {
					for (int b = 0; b < mine.size(); b++) {
						long t = System.nanoTime();
						post(wire, token, mine.get(b));
						latencies[b] = System.nanoTime() - t;
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> f : results) {
			Arrays.stream(f.get()).forEach(all::add);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		long alerts = (long) CLIENTS * batches * BATCH;
		line(out,
				"ingest: %d clients × %d batches × %d alerts (20 %% repeats) = %,d alerts in %.1f s → %,.0f alerts/s; "
						+ "batch latency p50 %.0f ms, p95 %.0f ms",
				CLIENTS, batches, BATCH, alerts, seconds, alerts / seconds, percentile(all, 50) / 1e6,
				percentile(all, 95) / 1e6);
	}

	private static String alert(String source, String ref) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
		return "{\"source\":\"" + source + "\",\"sourceRef\":\"" + ref + "\",\"title\":\"Suspicious process " + ref
				+ "\",\"severity\":\"" + (r.nextBoolean() ? "HIGH" : "MEDIUM") + "\",\"occurredAt\":\"" + Instant.now()
				+ "\",\"observables\":[{\"type\":\"ip\",\"value\":\"" + ip(r.nextInt(IP_POOL))
				+ "\"},{\"type\":\"sha256\",\"value\":\"" + hash + "\"}],\"raw\":{\"rule\":\"EDR-4711\",\"host\":\"pc-"
				+ r.nextInt(500) + "\",\"user\":\"u" + r.nextInt(300) + "\",\"cmd\":\"powershell -enc SQBFAFgA\"}}";
	}

	/**
	 * The queue's first page as a signed-in handler sees it (HTML, with counts), and the
	 * same page over the API.
	 */
	private static void queue(String base, String token, StringBuilder out) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=bench&password=bench-password-12345&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		measure(out, 300, "queue page GET /alerts (HTML, lane NEW, with the capped count of every lane)", () -> browser
			.send(HttpRequest.newBuilder(URI.create(base + "/alerts")).build(), HttpResponse.BodyHandlers.ofString()));
		measure(out, 30, "queue page GET /alerts?severity=CRITICAL (HTML, filtered; a slow case, so 30 requests)",
				() -> browser.send(HttpRequest.newBuilder(URI.create(base + "/alerts?severity=CRITICAL")).build(),
						HttpResponse.BodyHandlers.ofString()));
		measure(out, 300, "GET /api/v1/alerts (first page, JSON)",
				() -> browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString()));
	}

	interface Call {

		HttpResponse<String> send() throws IOException, InterruptedException;

	}

	private static void measure(StringBuilder out, int requests, String what, Call call) throws Exception {
		for (int i = 0; i < Math.min(30, requests); i++) {
			check(call.send());
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			check(call.send());
			times.add(System.nanoTime() - t);
		}
		line(out, "%s: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms", what, requests, percentile(times, 50) / 1e6,
				percentile(times, 95) / 1e6, percentile(times, 100) / 1e6);
	}

	private static void check(HttpResponse<String> response) {
		if (response.statusCode() != 200
				|| !(response.body().contains("alert-results") || response.body().contains("\"items\""))) {
			throw new IllegalStateException("queue answered " + response.statusCode());
		}
	}

	private static double percentile(List<Long> values, int p) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static String ip(int n) {
		return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
	}

	private static void line(StringBuilder out, String format, Object... args) {
		String text = String.format(Locale.ROOT, format, args);
		System.out.println(text);
		out.append("- ").append(text).append('\n');
	}

	private static String arg(String[] args, String name, String fallback) {
		return Arrays.stream(args)
			.filter(a -> a.startsWith("--" + name + "="))
			.map(a -> a.substring(name.length() + 3))
			.findFirst()
			.orElse(fallback);
	}

}
