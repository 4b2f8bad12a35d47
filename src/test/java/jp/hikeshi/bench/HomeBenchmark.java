package jp.hikeshi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import jp.hikeshi.bench.IncidentHttp.Probe;
import jp.hikeshi.bench.Machine.Latency;
import jp.hikeshi.directory.SetupWizard;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.incident.PriorityRules;
import jp.hikeshi.intake.ReportDesk;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home page benchmark (issue 16, item 6; not a test): starts the real application on
 * H2 or PostgreSQL, bulk-loads incidents ({@link IncidentSeed}) and tasks spread over
 * many people and vendors ({@link HomeSeed}), files a few reports through the service,
 * then measures {@code GET /api/v1/home} (bearer token) and {@code GET /} (signed-in
 * session) for a handler, a vendor and an administrator. Run:
 * {@code ./mvnw -Pbench test-compile exec:java
 * -Dbench.main=jp.hikeshi.bench.HomeBenchmark -Dexec.args="--db=h2"}. Options:
 * --db=h2|postgres, --incidents=N (100000), --tasks=N (1000000), --users=N (200 people
 * holding tasks), --vendors=N (20), --reports=N (2000, through ReportDesk), --warmup=N
 * (200 rounds), --samples=N (1000 per request and user), --keep (keep the PostgreSQL
 * schema).
 */
public final class HomeBenchmark {

	private static final String PASSWORD = "bench-password-123456";

	private static final double TARGET_MS = 50;

	private HomeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = BenchApp.options(new LinkedHashMap<>(Map.of("db", "h2", "incidents", "100000", "tasks",
				"1000000", "users", "200", "vendors", "20", "reports", "2000", "warmup", "200", "samples", "1000")),
				args);
		BenchApp.run("Hikeshi home benchmark", "bench_home", o, HomeBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext app, Map<String, String> o, boolean postgres, String url,
			int port, Instant started) throws Exception {
		Accounts accounts = app.getBean(Accounts.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		PriorityRules priorities = app.getBean(PriorityRules.class);
		Actor handler = account(accounts, "bench-handler", "ベンチ 担当者", Role.HANDLER);
		Actor admin = account(accounts, "bench-admin", "ベンチ 管理者", Role.ADMIN);
		Actor vendorUser = account(accounts, "bench-vendor", "ベンチ ベンダー", Role.VENDOR);
		// a seeded organisation has nothing to set up: without this an administrator's
		// first page is the set-up (GEN-2)
		app.getBean(SetupWizard.class).skip(admin);
		UUID vendorId = app.getBean(VendorDirectory.class)
			.register(admin,
					new VendorInput("ベンチ保守株式会社", "03-0000-0000", "bench@vendor.example.jp", null, null, null,
							List.of(new VendorInput.PersonInput("ベンチ 担当", "090-0000-0000", null, vendorUser.id()))))
			.id();

		int reports = Integer.parseInt(o.get("reports"));
		SplittableRandom random = new SplittableRandom(17);
		ReportDesk desk = app.getBean(ReportDesk.class);
		for (int i = 0; i < reports; i++) {
			desk.file(handler, Samples.submission(random, null, i));
		}

		int incidents = Integer.parseInt(o.get("incidents"));
		int taskCount = Integer.parseInt(o.get("tasks"));
		List<HomeSeed.Holder> holders = new ArrayList<>();
		holders.add(new HomeSeed.Holder("USER", handler.id(), handler.displayName()));
		holders.add(new HomeSeed.Holder("USER", admin.id(), admin.displayName()));
		holders.add(new HomeSeed.Holder("VENDOR", vendorId, "ベンチ保守株式会社"));
		for (int i = 2; i < Integer.parseInt(o.get("users")); i++) {
			holders.add(new HomeSeed.Holder("USER", UUID.randomUUID(), "担当者 " + i));
		}
		for (int i = 1; i < Integer.parseInt(o.get("vendors")); i++) {
			holders.add(new HomeSeed.Holder("VENDOR", UUID.randomUUID(), "ベンダー " + i));
		}
		Instant now = Instant.now();
		long t0 = System.nanoTime();
		long shares;
		long deadlines;
		Map<String, Integer> ranks = new HashMap<>();
		try (Connection c = postgres ? DriverManager.getConnection(url + "&reWriteBatchedInserts=true", "postgres", "")
				: app.getBean(DataSource.class).getConnection()) {
			c.setAutoCommit(false);
			IncidentSeed incidentSeed = new IncidentSeed(c, handler.organisation().value(), handler, (u, s) -> ranks
				.computeIfAbsent(u + "/" + s, k -> priorities.rank(handler.organisation(), u, s).level()));
			UUID[] ids = incidentSeed.incidents(incidents, now);
			HomeSeed seed = new HomeSeed(c, handler.organisation().value());
			shares = seed.tasks(ids, taskCount, holders, now);
			seed.handler(ids, admin.id(), admin.displayName(), Math.min(2_000, incidents / 10));
			deadlines = seed.deadlines(ids, now);
			IncidentSeed.recountOpen(c);
		}
		double bulkSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("Bulk-loaded %,d incidents, %,d tasks, %,d shares, %,d legal deadlines in %.1f s%n",
				incidents, taskCount, shares, deadlines, bulkSeconds);
		IncidentSeed.drain(jdbc);
		analyze(app, postgres);
		Map<String, Long> held = new LinkedHashMap<>();
		held.put("handler", count(jdbc, "USER", handler.id()));
		held.put("vendor", count(jdbc, "VENDOR", vendorId));
		held.put("administrator", count(jdbc, "USER", admin.id()));
		long storedTasks = jdbc.sql("SELECT COUNT(*) FROM response_task").query(Long.class).single();
		long storedIncidents = jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
		System.out.printf(
				"Stored: %,d incidents, %,d tasks; open tasks held by the handler / vendor / administrator: %s%n",
				storedIncidents, storedTasks, held);

		// a task of the handler's changes before each request (untimed), so that no
		// cached result can answer
		UUID churn = jdbc.sql("SELECT id FROM response_task WHERE assignee_id = ? AND status = 'TODO' LIMIT 1")
			.param(handler.id())
			.query(UUID.class)
			.single();
		int[] flip = { 0 };
		Runnable beforeEach = () -> jdbc.sql("UPDATE response_task SET due_at = ? WHERE id = ?")
			.params(now.plusSeconds(3600 + flip[0]++ % 2).atOffset(ZoneOffset.UTC), churn)
			.update();

		int warmup = Integer.parseInt(o.get("warmup"));
		int samples = Integer.parseInt(o.get("samples"));
		Map<String, Latency> latencies = new LinkedHashMap<>();
		String loadBefore = Machine.loadAverage();
		// every user's requests are warmed up before any is measured, so that no user's
		// figures include the JIT's work
		Map<IncidentHttp, Map<String, Probe>> users = new LinkedHashMap<>();
		for (Map.Entry<String, Actor> who : Map.of("handler", handler, "vendor", vendorUser, "administrator", admin)
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toList()) {
			IncidentHttp http = new IncidentHttp(port, accounts.issueToken(who.getValue(), "benchmark").secret());
			http.signIn(who.getValue().username(), PASSWORD);
			Map<String, Probe> probes = new LinkedHashMap<>();
			probes.put(who.getKey() + ": `GET /api/v1/home`", new Probe("/api/v1/home", false, "\"myTasks\""));
			probes.put(who.getKey() + ": `GET /` (HTML, signed-in session)", new Probe("/", true, "id=\"my-"));
			System.out.println(
					"Home of the " + who.getKey() + ": " + abbreviate(http.body(probes.values().iterator().next())));
			http.latencies(probes, warmup, 1, beforeEach);
			users.put(http, probes);
		}
		for (Map.Entry<IncidentHttp, Map<String, Probe>> user : users.entrySet()) {
			latencies.putAll(user.getKey().latencies(user.getValue(), 0, samples, beforeEach));
		}
		Map<String, String> machine = Machine.facts(Benchmark.databaseVersion(app));
		machine.put("load average (1/5/15 min) before the latencies / at the end",
				loadBefore + " / " + Machine.loadAverage());

		String report = markdown(o, postgres, started, machine, bulkSeconds, storedIncidents, storedTasks, shares,
				deadlines, held, latencies);
		BenchApp.publish(report);
	}

	private static Actor account(Accounts accounts, String username, String name, Role role) {
		return accounts
			.create(new Accounts.NewAccount(username, name, null, PASSWORD, Locale.JAPANESE, EnumSet.of(role)), null)
			.toActor();
	}

	private static long count(JdbcClient jdbc, String kind, UUID id) {
		return jdbc
			.sql("SELECT COUNT(*) FROM response_task WHERE assignee_kind = ? AND assignee_id = ?"
					+ " AND status IN ('TODO', 'IN_PROGRESS', 'WAITING_FOR_VENDOR')")
			.params(kind, id)
			.query(Long.class)
			.single();
	}

	private static String abbreviate(String body) {
		return body.length() <= 400 ? body : body.substring(0, 400) + "…";
	}

	/**
	 * Statistics after the bulk load: VACUUM ANALYZE on PostgreSQL (as autovacuum would),
	 * ANALYZE on H2.
	 */
	private static void analyze(ConfigurableApplicationContext app, boolean postgres) throws Exception {
		try (Connection c = app.getBean(DataSource.class).getConnection()) {
			c.setAutoCommit(true);
			if (postgres) {
				for (String table : new String[] { "incident", "response_task", "incident_participant",
						"incident_handler", "legal_deadline", "report" }) {
					c.createStatement().execute("VACUUM ANALYZE " + table);
				}
			}
			else {
				c.createStatement().execute("ANALYZE");
			}
		}
	}

	private static String markdown(Map<String, String> o, boolean postgres, Instant started,
			Map<String, String> machine, double bulkSeconds, long incidents, long tasks, long shares, long deadlines,
			Map<String, Long> held, Map<String, Latency> latencies) {
		StringBuilder md = new StringBuilder();
		md.append("#### Home, ")
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
		md.append('\n');
		md.append("| measurement | result | target |\n|---|---|---|\n");
		md.append("| seeding (JDBC batches) | %.1f s | – |\n".formatted(bulkSeconds));
		md.append(
				"| stored | %,d incidents, %,d tasks, %,d vendor shares, %,d legal deadlines | 100,000 / 1,000,000 |\n"
					.formatted(incidents, tasks, shares, deadlines));
		md.append("| open tasks held | %s | – |\n".formatted(held));
		for (Map.Entry<String, Latency> l : latencies.entrySet()) {
			Latency v = l.getValue();
			md.append("| %s | median **%.1f ms**, p95 **%.1f ms** (max %.1f, %d samples) | p95 ≤ %.0f ms %s |\n"
				.formatted(l.getKey(), v.medianMs(), v.p95Ms(), v.maxMs(), v.samples(), TARGET_MS,
						v.p95Ms() <= TARGET_MS ? "✅ met" : "❌ missed"));
		}
		md.append(
				("\nSequential GETs (bearer token for the API, a form-signed-in session for the page), per user round-robin over"
						+ " the two; %s warm-up rounds for every user first, then %s measured rounds per user; before each request one of the handler's tasks gets a new due"
						+ " (untimed SQL update).\n")
					.formatted(o.get("warmup"), o.get("samples")));
		return md.toString();
	}

}
