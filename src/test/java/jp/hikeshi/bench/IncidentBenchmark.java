package jp.hikeshi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import jp.hikeshi.bench.IncidentHttp.Probe;
import jp.hikeshi.bench.Machine.Latency;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.PriorityRules;
import jp.hikeshi.incident.Urgency;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The repository benchmark for incidents (issue 3; not a test): starts the real
 * application on H2 or PostgreSQL, opens a few hundred incidents through
 * {@link IncidentCommands}, bulk-loads the rest with JDBC batches ({@link IncidentSeed})
 * up to 100,000 incidents and 1,000,000 timeline entries, one incident with exactly 200,
 * then measures over HTTP the queue's first and 500th page, that incident (API, timeline,
 * HTML page) and the open-per-priority counts. Run:
 * {@code ./mvnw -Pbench test-compile exec:java
 * -Dbench.main=jp.hikeshi.bench.IncidentBenchmark -Dexec.args="--db=h2"}. Options:
 * --db=h2|postgres, --incidents=N (100000), --entries=N (1000000), --opened=N (300,
 * through the service), --warmup=N (100), --samples=N (300), --keep (keep the PostgreSQL
 * schema).
 */
public final class IncidentBenchmark {

	private static final String PASSWORD = "bench-password-123456";

	private IncidentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = BenchApp.options(new HashMap<>(Map.of("db", "h2", "incidents", "100000", "entries",
				"1000000", "opened", "300", "warmup", "100", "samples", "300")), args);
		BenchApp.run("Hikeshi incident benchmark", "bench_inc", o, IncidentBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext app, Map<String, String> o, boolean postgres, String url,
			int port, Instant started) throws Exception {
		int incidents = Integer.parseInt(o.get("incidents"));
		int entries = Integer.parseInt(o.get("entries"));
		int opened = Integer.parseInt(o.get("opened"));
		Accounts accounts = app.getBean(Accounts.class);
		IncidentCommands desk = app.getBean(IncidentCommands.class);
		IncidentQueries queries = app.getBean(IncidentQueries.class);
		PriorityRules priorities = app.getBean(PriorityRules.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Actor handler = accounts
			.create(new Accounts.NewAccount("bench-handler", "ベンチ 担当者", null, PASSWORD, Locale.JAPANESE,
					EnumSet.of(Role.HANDLER)), null)
			.toActor();
		String token = accounts.issueToken(handler, "benchmark").secret();

		// a few hundred through the service: the real shape, which the bulk rows copy
		long t0 = System.nanoTime();
		SplittableRandom random = new SplittableRandom(11);
		UUID churn = null;
		for (int i = 0; i < opened; i++) {
			IncidentView view = desk.open(handler, NewIncident
				.of("サービス経由のインシデント " + i, IncidentSeed.CATEGORIES[random.nextInt(IncidentSeed.CATEGORIES.length)],
						Urgency.values()[random.nextInt(4)], IncidentSeed.SEVERITIES[random.nextInt(4)])
				.withDetectedAt(Instant.now().minusSeconds(600))
				.because(i % 3 == 0 ? "初動判断" : null), null);
			churn = view.id();
		}
		double serviceSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("Opened %d incidents through IncidentCommands.open in %.1f s%n", opened, serviceSeconds);

		Map<String, Integer> ranks = new HashMap<>();
		Instant now = Instant.now();
		int bulk = incidents - opened;
		int big = bulk / 2;
		long t1 = System.nanoTime();
		long written;
		try (Connection c = postgres ? DriverManager.getConnection(url + "&reWriteBatchedInserts=true", "postgres", "")
				: app.getBean(DataSource.class).getConnection()) {
			c.setAutoCommit(false);
			IncidentSeed seed = new IncidentSeed(c, handler.organisation().value(), handler, (u, s) -> ranks
				.computeIfAbsent(u + "/" + s, k -> priorities.rank(handler.organisation(), u, s).level()));
			UUID[] ids = seed.incidents(bulk, now);
			long existing = jdbc.sql("SELECT COUNT(*) FROM incident_timeline").query(Long.class).single();
			long rest = entries - 200 - existing;
			int[] per = new int[bulk];
			for (int i = 0, k = 0; i < bulk; i++) {
				if (i == big) {
					per[i] = 200;
					continue;
				}
				per[i] = (int) (rest / (bulk - 1) + (k++ < rest % (bulk - 1) ? 1 : 0));
			}
			written = seed.timeline(ids, per);
			IncidentSeed.recountOpen(c);
			o.put("bigId", ids[big].toString());
		}
		double bulkSeconds = (System.nanoTime() - t1) / 1e9;
		UUID bigId = UUID.fromString(o.get("bigId"));
		System.out.printf("Bulk-loaded %,d incidents and %,d timeline entries with JDBC batches in %.1f s%n", bulk,
				written, bulkSeconds);
		IncidentSeed.drain(jdbc);
		analyze(app, postgres);
		System.out.println("A service-opened row and a bulk row, for comparison:");
		System.out.println("  " + jdbc.sql("SELECT * FROM incident WHERE id = ?").param(churn).query().singleRow());
		System.out.println("  " + jdbc.sql("SELECT * FROM incident WHERE id = ?").param(bigId).query().singleRow());
		long incidentRows = jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
		long openRows = jdbc.sql("SELECT COUNT(*) FROM incident WHERE open_queue = TRUE").query(Long.class).single();
		long timelineRows = jdbc.sql("SELECT COUNT(*) FROM incident_timeline").query(Long.class).single();
		long bigRows = jdbc.sql("SELECT COUNT(*) FROM incident_timeline WHERE incident_id = ?")
			.param(bigId)
			.query(Long.class)
			.single();
		System.out.printf("Stored: %,d incidents (%,d open), %,d timeline entries; incident %s has %d%n", incidentRows,
				openRows, timelineRows, bigId, bigRows);

		IncidentHttp http = new IncidentHttp(port, token);
		http.signIn("bench-handler", PASSWORD);
		Map<String, Probe> probes = new LinkedHashMap<>();
		probes.put("queue, first page (`GET /api/v1/incidents?state=open`)",
				new Probe("/api/v1/incidents?state=open", false, "\"items\""));
		probes.put("queue, 500th page (`state=open&page=499&size=20`)",
				new Probe("/api/v1/incidents?state=open&page=499&size=20", false, "\"items\""));
		probes.put("incident, API (`GET /api/v1/incidents/{id}`)",
				new Probe("/api/v1/incidents/" + bigId, false, "\"number\""));
		probes.put("its timeline, API (`GET …/{id}/timeline?size=100`, both kinds)",
				new Probe("/api/v1/incidents/" + bigId + "/timeline?size=100", false, "\"items\""));
		probes.put("incident page, HTML (`GET /incidents/{id}`, signed-in session)",
				new Probe("/incidents/" + bigId, true, "log-timeline"));
		probes.put("open per priority (`GET /api/v1/incidents/open-per-priority`)",
				new Probe("/api/v1/incidents/open-per-priority", false, "\"P1\""));
		System.out.println("Open per priority: "
				+ http.body(probes.get("open per priority (`GET /api/v1/incidents/open-per-priority`)")));
		int warmup = Integer.parseInt(o.get("warmup"));
		int samples = Integer.parseInt(o.get("samples"));
		System.out.printf("Latencies over HTTP: %d warm-up rounds, %d samples each; incident %s retitled through"
				+ " IncidentCommands.update (untimed) before each request%n", warmup, samples, churn);
		String loadBefore = Machine.loadAverage();
		UUID churnId = churn;
		long[] version = { queries.get(handler, churnId).version() };
		int[] flip = { 0 };
		Map<String, Latency> latencies = http.latencies(probes, warmup, samples, () -> {
			IncidentView v = desk.update(handler, churnId,
					IncidentChanges.version(version[0]).retitled("ベンチ中の更新 " + (flip[0]++ % 2)));
			version[0] = v.version();
		});
		Map<String, String> machine = Machine.facts(Benchmark.databaseVersion(app));
		machine.put("load average (1/5/15 min) before the latencies / at the end",
				loadBefore + " / " + Machine.loadAverage());

		String report = IncidentResults.markdown(o, postgres, started, machine, serviceSeconds, bulkSeconds,
				incidentRows, openRows, timelineRows, bigRows, latencies);
		BenchApp.publish(report);
	}

	/**
	 * Statistics after the bulk load: VACUUM ANALYZE on PostgreSQL (as autovacuum would),
	 * ANALYZE on H2.
	 */
	private static void analyze(ConfigurableApplicationContext app, boolean postgres) throws Exception {
		try (Connection c = app.getBean(DataSource.class).getConnection()) {
			c.setAutoCommit(true);
			if (postgres) {
				c.createStatement().execute("VACUUM ANALYZE incident");
				c.createStatement().execute("VACUUM ANALYZE incident_timeline");
			}
			else {
				c.createStatement().execute("ANALYZE");
			}
		}
	}

}
