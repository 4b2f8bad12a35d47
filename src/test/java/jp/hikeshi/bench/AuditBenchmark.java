package jp.hikeshi.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jp.hikeshi.bench.IncidentHttp.Probe;
import jp.hikeshi.bench.Machine.Latency;
import jp.hikeshi.directory.SetupWizard;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail benchmark (issue 17, item 3; not a test): starts the real application,
 * bulk-loads {@code --entries} audit entries in each of {@code --orgs} organisations
 * ({@link AuditSeed}), measures the audit page and the REST list (first page, a page deep
 * by position, filtered by action, by period) for an administrator, then grows the
 * administrator's organisation to {@code --export} entries and exports them all as CSV
 * over HTTP while sampling the heap. Run:
 * {@code MAVEN_OPTS=-Xmx1g ./mvnw -Pbench test-compile exec:java -Dbench.main=jp.hikeshi.bench.AuditBenchmark
 * -Dexec.args="--db=h2"}. Options: --db=h2|postgres, --orgs=N (10), --entries=N (10000
 * per organisation), --export=N (1000000), --warmup=N (200 rounds), --samples=N (1000 per
 * request), --keep.
 */
public final class AuditBenchmark {

	private static final String PASSWORD = "bench-password-123456";

	private static final double TARGET_MS = 50;

	private AuditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = BenchApp.options(new LinkedHashMap<>(Map.of("db", "h2", "orgs", "10", "entries",
				"10000", "export", "1000000", "warmup", "200", "samples", "1000")), args);
		BenchApp.run("Hikeshi audit benchmark", "bench_audit", o, AuditBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext app, Map<String, String> o, boolean postgres, String url,
			int port, Instant started) throws Exception {
		Accounts accounts = app.getBean(Accounts.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Actor admin = accounts
			.create(new Accounts.NewAccount("bench-admin", "ベンチ 管理者", null, PASSWORD, Locale.JAPANESE,
					EnumSet.of(Role.ADMIN)), null)
			.toActor();
		app.getBean(SetupWizard.class).skip(admin);
		UUID org = admin.organisation().value();
		int entries = Integer.parseInt(o.get("entries"));
		int orgs = Integer.parseInt(o.get("orgs"));
		Instant now = Instant.now();
		long t0 = System.nanoTime();
		try (Connection c = connection(app, postgres, url)) {
			for (int i = 0; i < orgs; i++) {
				AuditSeed.bulk(c, postgres, i == 0 ? org : UUID.randomUUID(), entries, now, -1L - (long) i * entries);
			}
		}
		double seedSeconds = (System.nanoTime() - t0) / 1e9;
		IncidentSeed.drain(jdbc);
		analyze(app, postgres);
		long mine = count(jdbc, org);
		System.out.printf("Seeded %,d entries per organisation in %d organisations in %.1f s%n", mine, orgs,
				seedSeconds);

		// a cursor half way down the trail, and a period of one month, as a reader paging
		// back would use
		String middle = jdbc
			.sql("SELECT occurred_at, id FROM audit_entry WHERE organisation_id = ? ORDER BY occurred_at DESC, id DESC"
					+ " LIMIT 1 OFFSET " + mine / 2)
			.param(org)
			.query((rs,
					n) -> java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH,
							rs.getObject(1, java.time.OffsetDateTime.class).toInstant()) + "-" + rs.getLong(2))
			.single();
		String period = "from=" + now.minusSeconds(200L * 86400).atZone(ZoneOffset.UTC).toLocalDate() + "&to="
				+ now.minusSeconds(170L * 86400).atZone(ZoneOffset.UTC).toLocalDate();
		IncidentHttp http = new IncidentHttp(port, accounts.issueToken(admin, "benchmark").secret());
		http.signIn(admin.username(), PASSWORD);
		Map<String, Probe> probes = new LinkedHashMap<>();
		probes.put("`GET /api/v1/audit` (first page of 20, with total)",
				new Probe("/api/v1/audit", false, "\"items\""));
		probes.put("`GET /api/v1/audit?before=…&size=50` (by position, half way)",
				new Probe("/api/v1/audit?size=50&before=" + middle, false, "\"older\""));
		probes.put("`GET /api/v1/audit?action=TASK_CHANGED&before=`",
				new Probe("/api/v1/audit?size=50&before=&action=TASK_CHANGED", false, "\"items\""));
		probes.put("`GET /api/v1/audit?from=…&to=…` (a month)",
				new Probe("/api/v1/audit?size=50&" + period, false, "\"items\""));
		probes.put("`GET /audit` (HTML, newest 50)", new Probe("/audit", true, "audit-table"));
		probes.put("`GET /audit?before=…` (HTML, half way)", new Probe("/audit?before=" + middle, true, "audit-table"));
		probes.put("`GET /audit?action=TASK_CHANGED` (HTML)",
				new Probe("/audit?action=TASK_CHANGED", true, "audit-table"));
		probes.put("`GET /audit?from=…&to=…` (HTML, a month)", new Probe("/audit?" + period, true, "audit-table"));
		int[] churn = { 0 };
		// one entry is added before each request (untimed), so that no cached result of
		// an unchanged table can answer
		Runnable beforeEach = () -> jdbc
			.sql("""
					INSERT INTO audit_entry (organisation_id, occurred_at, recorded_at, actor, action, object_type, object_id, seq)
					VALUES (?, ?, ?, 'churn', 'LOGIN', 'USER', 'churn', ?)""")
			.params(UUID.randomUUID(), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC),
					-20_000_000_000L - churn[0]++)
			.update();
		String loadBefore = Machine.loadAverage();
		Map<String, Latency> latencies = http.latencies(probes, Integer.parseInt(o.get("warmup")),
				Integer.parseInt(o.get("samples")), beforeEach);
		Map<String, String> machine = Machine.facts(Benchmark.databaseVersion(app));
		machine.put("load average (1/5/15 min) before the pages / after them",
				loadBefore + " / " + Machine.loadAverage());
		// published at once: on a loaded machine the export's seeding can take longer
		// than one is willing to wait
		BenchApp.publish(markdown(o, postgres, started, machine, seedSeconds, mine, latencies));

		Export small = export(port, accounts.issueToken(admin, "export-small").secret());
		BenchApp.publish(exportRow(small));
		int total = Integer.parseInt(o.get("export"));
		try (Connection c = connection(app, postgres, url)) {
			AuditSeed.bulk(c, postgres, org, total - (int) count(jdbc, org), now, -1_000_000_000L);
		}
		analyze(app, postgres);
		Export big = export(port, accounts.issueToken(admin, "export-big").secret());
		BenchApp.publish(exportRow(big) + "\n(load average at the end: " + Machine.loadAverage() + ")\n");
	}

	/**
	 * What one export did: rows and bytes received, its time, and the heap of this JVM
	 * (server and client) around it.
	 */
	record Export(long rows, long bytes, double seconds, long heapBefore, long heapPeak, long heapAfter, long oldPeak,
			long oldAfterGc) {
	}

	/**
	 * GETs the whole export with a bearer token, counting lines, while a thread samples
	 * the heap every 10 ms.
	 */
	private static Export export(int port, String token) throws Exception {
		System.gc();
		Thread.sleep(500);
		long before = used();
		long[] peak = { before, oldUsed() };
		boolean[] running = { true };
		Thread sampler = new Thread(() -> {
			while (running[0]) {
				peak[0] = Math.max(peak[0], used());
				peak[1] = Math.max(peak[1], oldUsed());
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		HttpResponse<InputStream> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/audit/export.csv"))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		long rows = 0;
		long bytes = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = answer.body()) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				bytes += n;
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						rows++;
					}
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		running[0] = false;
		sampler.join();
		long after = used();
		System.gc();
		Thread.sleep(500);
		Export result = new Export(rows - 1, bytes, seconds, before, peak[0], after, peak[1], oldUsed());
		System.out.printf("Export (status %d): %s%n", answer.statusCode(), result);
		return result;
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * The old generation: what survives young collections; a growing export would show
	 * here.
	 */
	private static long oldUsed() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
			.mapToLong(p -> p.getUsage().getUsed())
			.sum();
	}

	private static Connection connection(ConfigurableApplicationContext app, boolean postgres, String url)
			throws Exception {
		Connection c = postgres
				? java.sql.DriverManager.getConnection(url + "&reWriteBatchedInserts=true", "postgres", "")
				: app.getBean(DataSource.class).getConnection();
		c.setAutoCommit(false);
		return c;
	}

	private static long count(JdbcClient jdbc, UUID org) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE organisation_id = ?")
			.param(org)
			.query(Long.class)
			.single();
	}

	private static void analyze(ConfigurableApplicationContext app, boolean postgres) throws Exception {
		try (Connection c = app.getBean(DataSource.class).getConnection()) {
			c.setAutoCommit(true);
			c.createStatement().execute(postgres ? "VACUUM ANALYZE audit_entry" : "ANALYZE");
		}
	}

	private static String markdown(Map<String, String> o, boolean postgres, Instant started,
			Map<String, String> machine, double seedSeconds, long entries, Map<String, Latency> latencies) {
		StringBuilder md = new StringBuilder();
		md.append("#### Audit, ")
			.append(postgres ? "PostgreSQL" : "H2")
			.append(", ")
			.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
			.append("\n\n");
		StringBuilder options = new StringBuilder();
		o.forEach((k, v) -> options.append(options.isEmpty() ? "" : " ")
			.append("--")
			.append(k)
			.append(v.isEmpty() ? "" : "=" + v));
		md.append("Options: `").append(options).append("`\n\n");
		machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append("\n| measurement | result | target |\n|---|---|---|\n");
		md.append(
				"| seeding (JDBC batches) | %.1f s, %,d entries in the administrator's organisation, %s organisations | 10,000 each |\n"
					.formatted(seedSeconds, entries, o.get("orgs")));
		for (Map.Entry<String, Latency> l : latencies.entrySet()) {
			Latency v = l.getValue();
			md.append("| %s | median **%.1f ms**, p95 **%.1f ms** (max %.1f, %d samples) | p95 ≤ %.0f ms %s |\n"
				.formatted(l.getKey(), v.medianMs(), v.p95Ms(), v.maxMs(), v.samples(), TARGET_MS,
						v.p95Ms() <= TARGET_MS ? "✅ met" : "❌ missed"));
		}
		md.append(
				("\nSequential GETs as one administrator (bearer token for the API, a form-signed-in session for the page),"
						+ " round-robin; %s warm-up rounds, then %s measured rounds; before each request one entry of another"
						+ " organisation is inserted (untimed). Heap figures are of the one JVM running server and client, sampled"
						+ " every 10 ms (MemoryMXBean; old generation from its memory pool).\n")
					.formatted(o.get("warmup"), o.get("samples")));
		return md.toString();
	}

	private static String exportRow(Export e) {
		return ("| CSV export of %,d entries (`GET /api/v1/audit/export.csv`) | %.1f s, %,d MB; heap used before %d MB, "
				+ "peak %d MB, after %d MB; old generation peak %d MB, after GC %d MB | flat heap |")
			.formatted(e.rows(), e.seconds(), e.bytes() / 1_000_000, mb(e.heapBefore()), mb(e.heapPeak()),
					mb(e.heapAfter()), mb(e.oldPeak()), mb(e.oldAfterGc()));
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}

}
