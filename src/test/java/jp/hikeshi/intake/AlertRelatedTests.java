package jp.hikeshi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.intake.internal.ClueFingerprint;
import jp.hikeshi.shared.TimeOrderedIds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Related flags (DET-2) as the alert store sets them: at insert where the transaction can
 * see the clue's other holders, after commit for what racing batches could not see, and
 * without re-reading groups that formed long ago.
 */
@WebTest
class AlertRelatedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestUser tool;

	String source;

	@BeforeEach
	void setUp() {
		tool = accounts.create("edr", Role.HANDLER);
		source = "EDR-" + UUID.randomUUID().toString().substring(0, 8);
	}

	String alert(String ref, String... values) {
		StringBuilder observables = new StringBuilder();
		for (String v : values) {
			observables.append(observables.isEmpty() ? "" : ",")
				.append("{\"type\":\"host\",\"value\":\"")
				.append(v)
				.append("\"}");
		}
		return """
				{"source":"%s","sourceRef":"%s","title":"不審なプロセス %s","severity":"HIGH","occurredAt":"2026-01-10T01:00:00Z",
				 "observables":[%s],"raw":{"ref":"%s"}}"""
			.formatted(source, ref, ref, observables, ref);
	}

	String postAlert(String json) throws Exception {
		String body = mvc
			.perform(post("/api/v1/alerts").header("Authorization", tool.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.alertId");
	}

	boolean related(String id) throws Exception {
		String body = mvc.perform(get("/api/v1/alerts/" + id).header("Authorization", tool.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.related");
	}

	/**
	 * An alert received long ago (its id carries that time), stored as the application
	 * would have stored it.
	 */
	String storedLongAgo(String ref, String clue, String state, boolean related) {
		Instant made = Instant.now().minus(Duration.ofHours(3));
		UUID id = TimeOrderedIds.at(made);
		Timestamp at = Timestamp.from(made);
		jdbc.update(
				"INSERT INTO alert (id, organisation_id, source, source_ref, title, severity, occurred_at, first_seen_at, "
						+ "last_seen_at, seen_count, state, related, raw_payload, received_by) VALUES (?, ?, ?, ?, ?, 'LOW', ?, ?, ?, 1, ?, ?, '{}', ?)",
				id, tool.actor().organisation().value(), source, ref, "old " + ref, at, at, at, state, related,
				tool.actor().id());
		jdbc.update(
				"INSERT INTO alert_observable (alert_id, organisation_id, kind, normalised_value, dismissed, fingerprint) "
						+ "VALUES (?, ?, 'host', ?, ?, ?)",
				id, tool.actor().organisation().value(), clue, state.equals("DISMISSED"),
				ClueFingerprint.of(tool.actor().organisation(), "host", clue));
		return id.toString();
	}

	@Test
	@DisplayName("DET-2 alerts of one batch that share a clue are related from the start; a clue no other alert carries flags nothing")
	void relatedWithinOneBatch() throws Exception {
		String clue = "pc-" + UUID.randomUUID();
		String body = mvc
			.perform(post("/api/v1/alerts/batch").header("Authorization", tool.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"alerts\":[" + alert("b-1", clue) + "," + alert("b-2", clue) + ","
						+ alert("b-3", clue + "-lone") + "]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(body, "$.results[*].alertId");

		assertThat(related(ids.get(0))).isTrue();
		assertThat(related(ids.get(1))).isTrue();
		assertThat(related(ids.get(2))).isFalse();
	}

	@Test
	@DisplayName("DET-2 eight parallel posters whose alerts share a clue with one earlier alert leave all nine related")
	void parallelPostersSharingAClue() throws Exception {
		String clue = "pc-" + UUID.randomUUID();
		String earlier = postAlert(alert("earlier", clue));
		assertThat(related(earlier)).isFalse();

		int posters = 8;
		ExecutorService pool = Executors.newFixedThreadPool(posters);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> ids = new ArrayList<>();
		for (int t = 0; t < posters; t++) {
			String json = alert("parallel-" + t, clue);
			ids.add(pool.submit(() -> {
				start.await();
				return postAlert(json);
			}));
		}
		start.countDown();
		List<String> all = new ArrayList<>(List.of(earlier));
		for (Future<String> id : ids) {
			all.add(id.get());
		}
		pool.shutdown();

		for (String id : all) {
			assertThat(related(id)).as("alert %s", id).isTrue();
		}
	}

	@Test
	@DisplayName("DET-2 a new alert flags the one settled alert that carries its clue, but not through a dismissed one")
	void flagsASettledLoneHolder() throws Exception {
		String clue = "pc-" + UUID.randomUUID();
		String lone = storedLongAgo("old-lone", clue, "NEW", false);
		String dismissedClue = "pc-" + UUID.randomUUID();
		String dismissed = storedLongAgo("old-dismissed", dismissedClue, "DISMISSED", false);

		String fresh = postAlert(alert("fresh", clue));
		String besideDismissed = postAlert(alert("beside-dismissed", dismissedClue));

		assertThat(related(lone)).isTrue();
		assertThat(related(fresh)).isTrue();
		assertThat(related(besideDismissed)).isFalse();
		assertThat(related(dismissed)).isFalse();
	}

	@Test
	@DisplayName("DET-2 a new alert joining a group that formed long ago is flagged; the group stays flagged")
	void joinsASettledGroup() throws Exception {
		String clue = "pc-" + UUID.randomUUID();
		String a = storedLongAgo("old-a", clue, "NEW", true);
		String b = storedLongAgo("old-b", clue, "PROMOTED", true);

		String fresh = postAlert(alert("fresh", clue));

		assertThat(related(fresh)).isTrue();
		assertThat(related(a)).isTrue();
		assertThat(related(b)).isTrue();
	}

	@Test
	@DisplayName("DET-2 dismissing an alert marks its clues, so later alerts are not related through it")
	void dismissalMarksTheClues() throws Exception {
		String clue = "pc-" + UUID.randomUUID();
		String first = postAlert(alert("first", clue));
		mvc.perform(post("/api/v1/alerts/" + first + "/dismiss").header("Authorization", tool.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"誤検知 / false positive\"}"));

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_observable WHERE alert_id = ? AND dismissed = TRUE",
				Integer.class, UUID.fromString(first)))
			.isEqualTo(1);
		String second = postAlert(alert("second", clue));
		assertThat(related(second)).isFalse();
	}

	@Test
	@DisplayName("DET-2 the same value as another kind of clue, or stored by the application's own migrations, relates exactly by fingerprint")
	void fingerprintsAreStoredAndKindsKeptApart() throws Exception {
		String value = "pc-" + UUID.randomUUID();
		String asHost = postAlert(alert("host-" + value, value));
		String asUser = postAlert(alert("host-" + value, value).replace("\"type\":\"host\"", "\"type\":\"user\"")
			.replace("\"sourceRef\":\"host-", "\"sourceRef\":\"user-"));

		assertThat(related(asHost)).isFalse();
		assertThat(related(asUser)).isFalse();
		assertThat(jdbc.queryForObject("SELECT fingerprint FROM alert_observable WHERE alert_id = ?", Long.class,
				UUID.fromString(asHost)))
			.isEqualTo(ClueFingerprint.of(tool.actor().organisation(), "host", value));
		// the fill of V86 is a Spring bean handed to Flyway, not a file: it must have run
		// with the others
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '86' AND \"success\"",
				Integer.class))
			.isEqualTo(1);
	}

}
