package jp.hikeshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@WebTest
class AuditChainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Test
	@DisplayName("RES-2 a row changed directly in the database is reported as exactly that broken entry")
	void reportsTheEntryThatWasTamperedWith() throws Exception {
		String marker = record("tamper-" + UUID.randomUUID(), 1).get(0);
		Map<String, Object> row = awaitRow(marker);
		long id = ((Number) row.get("id")).longValue();
		long seq = ((Number) row.get("seq")).longValue();
		TestUser manager = accounts.create("verify", Role.MANAGER);
		assertThat(trail.verify()).extracting(AuditVerification::valid)
			.as(String.valueOf(trail.verify()))
			.isEqualTo(true);
		try {
			jdbc.sql("UPDATE audit_entry SET summary = 'nothing happened' WHERE id = ?").param(id).update();
			mvc.perform(get("/api/v1/audit/verify").header("Authorization", manager.bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.brokenSeq").value(seq))
				.andExpect(jsonPath("$.brokenEntryId").value(id));
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET summary = ? WHERE id = ?").params(marker, id).update();
		}
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", manager.bearer()))
			.andExpect(jsonPath("$.valid").value(true));
	}

	@Test
	void reportsAnEntryRemovedFromTheMiddle() {
		List<String> markers = record("gap-" + UUID.randomUUID(), 3);
		Map<String, Object> middle = awaitRow(markers.get(1));
		awaitRow(markers.get(2));
		long id = ((Number) middle.get("id")).longValue();
		long seq = ((Number) middle.get("seq")).longValue();
		jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update();
		try {
			AuditVerification result = trail.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.brokenSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.sql(
					"""
							INSERT INTO audit_entry (id, organisation_id, occurred_at, recorded_at, actor, actor_id, action, object_type,
							                         object_id, summary, seq, prev_hash, entry_hash)
							VALUES (:id, :organisation_id, :occurred_at, :recorded_at, :actor, :actor_id, :action, :object_type,
							        :object_id, :summary, :seq, :prev_hash, :entry_hash)""")
				.paramSource(middle)
				.update();
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("RES-2 eight threads writing in parallel leave one valid, gap-free chain")
	void parallelWritersNeverForkTheChain() throws Exception {
		String prefix = "parallel-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Void>> writers = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			writers.add(() -> {
				record(prefix + "-" + thread, 25);
				return null;
			});
		}
		for (Future<Void> f : pool.invokeAll(writers)) {
			f.get();
		}
		pool.shutdown();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id LIKE ?")
				.param(prefix + "%")
				.query(Long.class)
				.single() == 200);
		AuditVerification result = trail.verify();
		assertThat(result.valid()).as(String.valueOf(result)).isTrue();
		long entries = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
		long maxSeq = jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single();
		assertThat(maxSeq).isEqualTo(entries);
	}

	@Test
	@DisplayName("RES-2 entries committed close together are chained together: at most one sealing transaction per gathering window and one a second")
	void commitsCloseTogetherAreChainedTogether(@Autowired MeterRegistry meters, @Autowired ApplicationContext context)
			throws Exception {
		DistributionSummary chained = meters.get("hikeshi.audit.chained").summary();
		// let the periodic run fire a few times first: a run that wrongly cleared the
		// nudge flag added a pending run
		// each second, and the sealing transactions then multiplied with the
		// application's age (in a shared context the
		// application is usually older than that already)
		await().atMost(Duration.ofSeconds(60))
			.until(() -> System.currentTimeMillis() - context.getStartupDate() >= 2500);
		String prefix = "gathered-" + UUID.randomUUID();
		long transactionsBefore = chained.count();
		long started = System.nanoTime();
		long until = started + Duration.ofSeconds(2).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Integer>> writers = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			int thread = t;
			writers.add(() -> {
				int written = 0;
				while (System.nanoTime() < until) {
					record(prefix + "-" + thread + "-" + written, 1);
					written++;
					Thread.sleep(2); // at most ~2,000 commits a second in all: a steady
										// stream, not a flood
				}
				return written;
			});
		}
		long written = 0;
		for (Future<Integer> f : pool.invokeAll(writers)) {
			written += f.get();
		}
		pool.shutdown();
		long total = written;
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id LIKE ?")
				.param(prefix + "%")
				.query(Long.class)
				.single() == total);
		double seconds = (System.nanoTime() - started) / 1e9;
		long transactions = chained.count() - transactionsBefore;
		// an upper bound whatever the machine's speed: a nudged run starts the gathering
		// time after the nudge that
		// follows the start of the previous nudged run, and the periodic run comes once a
		// second (+3 for the runs at
		// either end); a run takes one transaction per full batch of 500 beyond its first
		long gather = jp.hikeshi.audit.internal.AuditChainProbe.gather().toMillis();
		long runs = (long) Math.floor(seconds * 1000 / gather) + (long) Math.floor(seconds) + 3;
		long bound = runs + total / 500;
		assertThat(transactions).as("%d entries in %.2f s", total, seconds).isPositive().isLessThanOrEqualTo(bound);
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("RES-2 an entry whose write rolled back is never recorded; one whose write committed always is")
	void entriesFollowTheirWritesTransaction() {
		String marker = "rollback-" + UUID.randomUUID();
		transaction.executeWithoutResult(s -> {
			events.publishEvent(new AuditEvent(OrganisationId.DEFAULT, Instant.now(), "tester", null, "TEST", "TEST",
					marker, marker));
			s.setRollbackOnly();
		});
		String kept = record("commit-" + UUID.randomUUID(), 1).get(0);
		awaitRow(kept);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id = ?")
			.param(marker)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_pending WHERE object_id = ?")
			.param(marker)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("RES-2 entries queued before a crash are chained later, and racing sealers chain each exactly once")
	void queuedEntriesAreChainedOnceByRacingSealers(@Autowired jp.hikeshi.audit.internal.AuditChain chain)
			throws Exception {
		String prefix = "queued-" + UUID.randomUUID();
		for (int i = 0; i < 300; i++) {
			// written straight into the queue, as a process that died before its sealer
			// ran would have left them
			jdbc.sql(
					"""
							INSERT INTO audit_pending (organisation_id, occurred_at, recorded_at, actor, action, object_type, object_id, summary)
							VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'tester', 'TEST', 'TEST', ?, 'queued')""")
				.params(OrganisationId.DEFAULT.value(), prefix + "-" + i)
				.update();
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Integer>> sealers = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			sealers.add(() -> {
				int sealed = 0;
				for (int round = 0; round < 20; round++) {
					sealed += jp.hikeshi.audit.internal.AuditChainProbe.seal(chain, transaction, 7);
				}
				return sealed;
			});
		}
		for (Future<Integer> f : pool.invokeAll(sealers)) {
			f.get();
		}
		pool.shutdown();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id LIKE ?")
				.param(prefix + "%")
				.query(Long.class)
				.single() == 300);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT object_id) FROM audit_entry WHERE object_id LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single()).isEqualTo(300);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_pending WHERE object_id LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single()).isZero();
		AuditVerification result = trail.verify();
		assertThat(result.valid()).as(String.valueOf(result)).isTrue();
	}

	@Test
	@DisplayName("RES-2 audit events left outstanding by the earlier asynchronous recorder are chained after an upgrade")
	void outstandingPublicationsOfTheOldRecorderAreQueued(@Autowired tools.jackson.databind.ObjectMapper serializer,
			@Autowired jp.hikeshi.audit.internal.AuditChain chain) throws Exception {
		String marker = "outstanding-" + UUID.randomUUID();
		AuditEvent event = new AuditEvent(OrganisationId.DEFAULT, Instant.parse("2026-11-20T01:02:03.456789Z"),
				"tester", null, "TEST", "TEST", marker, "left by an old version");
		jdbc.sql(
				"""
						INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
						VALUES (?, 'jp.hikeshi.audit.internal.AuditRecorder.on(jp.hikeshi.audit.AuditEvent)', ?, ?, CURRENT_TIMESTAMP)""")
			.params(UUID.randomUUID(), AuditEvent.class.getName(), serializer.writeValueAsString(event))
			.update();
		jp.hikeshi.audit.internal.AuditChainProbe.queueOutstanding(chain, jdbc, serializer, transaction);
		Map<String, Object> row = awaitRow(marker);
		assertThat(row.get("summary")).isEqualTo("left by an old version");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + marker + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	@DisplayName("RES-2 entries with structured parameters chain beside older ones; altering, adding or removing a parameter breaks the chain there")
	void parametersAreCoveredByTheChain() {
		String legacy = record("legacy-" + UUID.randomUUID(), 1).get(0);
		String marker = "params-" + UUID.randomUUID();
		transaction.executeWithoutResult(s -> events.publishEvent(AuditEvent.by(OrganisationId.DEFAULT, "tester", null)
			.did("INCIDENT_OPENED")
			.on("TEST", marker)
			.with("number", "INC-1")
			.with("title", "元の件名")
			.summary(marker)
			.at(Instant.now())));
		Map<String, Object> old = awaitRow(legacy);
		Map<String, Object> row = awaitRow(marker);
		assertThat(old.get("params")).isNull();
		String stored = (String) row.get("params");
		assertThat(stored).contains("\"number\"", "INC-1", "元の件名");
		long id = ((Number) row.get("id")).longValue();
		long seq = ((Number) row.get("seq")).longValue();
		assertThat(trail.verify().valid()).as(String.valueOf(trail.verify())).isTrue();
		try {
			for (String altered : new String[] { stored.replace("元の件名", "別の件名"), null }) {
				jdbc.sql("UPDATE audit_entry SET params = ? WHERE id = ?").params(altered, id).update();
				AuditVerification result = trail.verify();
				assertThat(result.valid()).isFalse();
				assertThat(result.brokenSeq()).isEqualTo(seq);
				assertThat(result.problem()).isEqualTo("content");
			}
			jdbc.sql("UPDATE audit_entry SET params = ? WHERE id = ?").params(stored, id).update();
			jdbc.sql("UPDATE audit_entry SET params = '{}' WHERE id = ?")
				.param(((Number) old.get("id")).longValue())
				.update();
			assertThat(trail.verify().brokenSeq()).isEqualTo(((Number) old.get("seq")).longValue());
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET params = ? WHERE id = ?").params(stored, id).update();
			jdbc.sql("UPDATE audit_entry SET params = NULL WHERE id = ?")
				.param(((Number) old.get("id")).longValue())
				.update();
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void hashesParametersOnlyWhenThereAreSome() {
		var a = new jp.hikeshi.audit.internal.AuditChainProbe();
		assertThat(a.hashWithParams(null)).isNotEqualTo(a.hashWithParams("{}"));
		assertThat(a.hashWithParams("{\"a\":\"1\"}")).isNotEqualTo(a.hashWithParams("{\"a\":\"2\"}"));
		// the form of entries without parameters is the one of V30: a fixed value, so
		// that stored chains keep verifying
		assertThat(a.hashWithParams(null)).isEqualTo(a.v30Hash());
	}

	@Test
	void hashesFieldsWithUnambiguousBoundaries() {
		var a = new jp.hikeshi.audit.internal.AuditChainProbe();
		assertThat(a.hash("ab", "c")).isNotEqualTo(a.hash("a", "bc"));
		assertThat(a.hash(null, "x")).isNotEqualTo(a.hash("", "x"));
	}

	private List<String> record(String prefix, int count) {
		List<String> markers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String marker = prefix + "-" + i;
			markers.add(marker);
			transaction.executeWithoutResult(s -> events.publishEvent(new AuditEvent(OrganisationId.DEFAULT,
					Instant.now(), "tester", null, "TEST", "TEST", marker, marker)));
		}
		return markers;
	}

	private Map<String, Object> awaitRow(String marker) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id = ?")
				.param(marker)
				.query(Long.class)
				.single() == 1);
		Map<String, Object> row = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM audit_entry WHERE object_id = ?")
			.param(marker)
			.query()
			.singleRow()
			.forEach((k, v) -> row.put(k.toLowerCase(java.util.Locale.ROOT), v));
		return row;
	}

}
