package jp.hikeshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;

import jp.hikeshi.AtOnce;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Eight identical writes started at one barrier: exactly one is done, every other one is
 * told 409 in a problem document in the caller's language (never 500), and the data holds
 * exactly one result.
 */
@WebTest
class RaceConflictTests {

	private static final int RACERS = 8;

	private static AtOnce atOnce;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void pool() {
		atOnce = new AtOnce(RACERS);
	}

	@AfterAll
	static void closePool() {
		atOnce.close();
	}

	@Test
	@DisplayName("TRI-2 eight parallel INCIDENT triages of one report: one incident, one 200 and seven 409 problem documents")
	void parallelTriagesOpenOneIncident() throws Exception {
		TestUser handler = accounts.create("racer", Role.HANDLER);
		String report = created(post("/api/v1/reports").header("Authorization", handler.bearer()), """
				{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
				 "category":"MALWARE","channel":"PHONE","summary":"同時判定"}""", "$.id");
		List<MockHttpServletResponse> answers = race(() -> post("/api/v1/reports/" + report + "/triage")
			.header("Authorization", handler.bearer()), """
					{"decision":"INCIDENT","reason":"同時判定","urgency":"HIGH","severity":"SIGNIFICANT","version":0}""",
				"ja");
		assertOneDoneRestRefused(answers);
		assertThat(titlesOfRefusals(answers)).allMatch(title -> title.matches(".*\\p{IsHiragana}.*"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_report WHERE report_id = ?")
			.param(UUID.fromString(report))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("DET-2 eight parallel promotions of one alert: one report, one 200 and seven 409 problem documents in English")
	void parallelPromotionsFileOneReport() throws Exception {
		TestUser desk = accounts.create("racer", Role.HANDLER);
		String source = "RACE-" + UUID.randomUUID().toString().substring(0, 8);
		String alert = created(post("/api/v1/alerts").header("Authorization", desk.bearer()),
				"""
						{"source":"%s","sourceRef":"r-1","title":"不審な通信","severity":"HIGH","occurredAt":"2026-01-10T01:00:00Z"}"""
					.formatted(source),
				"$.alertId");
		List<MockHttpServletResponse> answers = race(
				() -> post("/api/v1/alerts/promote").header("Authorization", desk.bearer()),
				"{\"alertIds\":[\"" + alert + "\"],\"category\":\"MALWARE\"}", "en");
		// a racer that starts after the winner's commit gets the sequential answer: 400,
		// the alert is already decided
		assertOneDoneRestRefused(answers, 400);
		assertThat(titlesOfRefusals(answers)).noneMatch(title -> title.matches(".*\\p{IsHiragana}.*"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report WHERE reporter_name = ?")
			.param(source)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("GEN-2 eight parallel assignments of one task, each to another person, on the version read: one owner, one 200 and seven 409 problem documents")
	void parallelAssignmentsLeaveOneOwner() throws Exception {
		TestUser lead = accounts.create("racer", Role.HANDLER, Role.ADMIN);
		String task = task(lead, "同時割当");
		List<MockHttpServletResponse> answers = assignAtOnce(lead, task, ",\"versions\":{\"" + task + "\":0}");
		assertOneDoneRestRefused(answers);
		MockHttpServletResponse winner = answers.stream().filter(a -> a.getStatus() == 200).findFirst().orElseThrow();
		assertThat(ownerOf(task)).isEqualTo(JsonPath.read(text(winner), "$[0].assignee.id"));
		assertThat(versionOf(task)).isEqualTo(1);
		assertThat(audited("TASK_ASSIGNED", task)).isEqualTo(1);
	}

	@Test
	@DisplayName("GEN-2 eight parallel assignments of one task without a version read: every answer 200 or a 409 problem document, and the task's version and audit count the ones that were done")
	void parallelAssignmentsWithoutVersionStayConsistent() throws Exception {
		TestUser lead = accounts.create("racer", Role.HANDLER, Role.ADMIN);
		String task = task(lead, "版なしの同時割当");
		List<MockHttpServletResponse> answers = assignAtOnce(lead, task, "");
		List<MockHttpServletResponse> done = answers.stream().filter(a -> a.getStatus() == 200).toList();
		assertThat(done).as("at least one assignment is done").isNotEmpty();
		for (MockHttpServletResponse answer : answers) {
			if (answer.getStatus() != 200) {
				assertThat(answer.getStatus()).as(text(answer)).isEqualTo(409);
				assertThat(answer.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(JsonPath.<String>read(text(answer), "$.detail")).isNotBlank();
			}
		}
		List<String> owners = done.stream().map(a -> JsonPath.<String>read(text(a), "$[0].assignee.id")).toList();
		List<Integer> versions = done.stream().map(a -> JsonPath.<Integer>read(text(a), "$[0].version")).toList();
		// each success moved the task by exactly one version, and the last one holds it
		assertThat(versions).doesNotHaveDuplicates().allMatch(v -> v >= 1 && v <= done.size());
		assertThat(versionOf(task)).isEqualTo(done.size());
		assertThat(ownerOf(task)).isEqualTo(owners.get(versions.indexOf(done.size())));
		assertThat(audited("TASK_ASSIGNED", task)).isEqualTo(done.size());
	}

	@Test
	@DisplayName("REP-1 eight parallel sends of one notification: one 200, the rest 409 (or the 400 of a notice already sent) and one mail in the outbox")
	void parallelSendsQueueOneMail() throws Exception {
		TestUser handler = accounts.create("racer", Role.HANDLER);
		String incident = created(post("/api/v1/incidents").header("Authorization", handler.bearer()), """
				{"title":"同時送信","category":"MALWARE","urgency":"HIGH","severity":"EXTENSIVE"}""", "$.id");
		String notice = created(post("/api/v1/incidents/" + incident + "/notifications")
			.header("Authorization", handler.bearer()), """
					{"recipientKind":"JPCERT_CC","channel":"EMAIL","recipient":"race@example.jp","language":"ja"}""",
				"$.id");
		List<MockHttpServletResponse> answers = race(
				() -> post("/api/v1/incidents/" + incident + "/notifications/" + notice + "/sent").param("version", "0")
					.header("Authorization", handler.bearer()),
				"", "en");
		// a racer that starts after the winner's commit gets the sequential answer: 400,
		// the notification is sent already
		assertOneDoneRestRefused(answers, 400);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key = ?")
			.param("notification:" + notice)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT status FROM notification WHERE id = ?")
			.param(UUID.fromString(notice))
			.query(String.class)
			.single()).isEqualTo("SENT");
		assertThat(audited("NOTIFICATION_SENT", notice)).isEqualTo(1);
	}

	/** A task of a new incident, without an assignee. */
	private String task(TestUser lead, String title) throws Exception {
		String incident = created(post("/api/v1/incidents").header("Authorization", lead.bearer()), """
				{"title":"%s","category":"MALWARE","urgency":"HIGH","severity":"EXTENSIVE"}""".formatted(title),
				"$.id");
		return created(post("/api/v1/incidents/" + incident + "/tasks").header("Authorization", lead.bearer()), """
				{"process":"RESPONSE","title":"%s","mandatory":false}""".formatted(title), "$.id");
	}

	/**
	 * Eight bulk assignments of the task, each to a user of its own ({@code extra} is
	 * appended to the JSON object).
	 */
	private List<MockHttpServletResponse> assignAtOnce(TestUser lead, String task, String extra) throws Exception {
		String incident = JsonPath.read(
				text(mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.get("/api/v1/tasks/" + task)
						.header("Authorization", lead.bearer()))
					.andReturn()
					.getResponse()),
				"$.incidentId");
		List<Callable<MockHttpServletResponse>> each = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			String taker = accounts.create("racer-taker", Role.HANDLER).actor().id().toString();
			each.add(() -> mvc
				.perform(post("/api/v1/incidents/" + incident + "/tasks/assign").header("Authorization", lead.bearer())
					.header("Accept-Language", "ja")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"taskIds\":[\"" + task + "\"],\"assigneeKind\":\"USER\",\"assigneeId\":\"" + taker
							+ "\"" + extra + "}"))
				.andReturn()
				.getResponse());
		}
		return atOnce.run(each);
	}

	private String ownerOf(String task) {
		return jdbc.sql("SELECT assignee_id FROM response_task WHERE id = ?")
			.param(UUID.fromString(task))
			.query(UUID.class)
			.single()
			.toString();
	}

	private int versionOf(String task) {
		return jdbc.sql("SELECT version FROM response_task WHERE id = ?")
			.param(UUID.fromString(task))
			.query(Integer.class)
			.single();
	}

	/**
	 * The audit entries of one action on one object, once the chain has taken up every
	 * pending one.
	 */
	private long audited(String action, String objectId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_pending WHERE action = ? AND object_id = ?")
				.params(action, objectId)
				.query(Long.class)
				.single() == 0);
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?")
			.params(action, objectId)
			.query(Long.class)
			.single();
	}

	private String created(MockHttpServletRequestBuilder request, String json, String idPath) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return JsonPath.read(response.getContentAsString(), idPath);
	}

	private List<MockHttpServletResponse> race(RequestSource request, String json, String language) throws Exception {
		Callable<MockHttpServletResponse> one = () -> mvc
			.perform(request.build()
				.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.header("Accept-Language", language))
			.andReturn()
			.getResponse();
		return atOnce.run(Collections.nCopies(RACERS, one));
	}

	/**
	 * One 200; every other answer a 409 problem document (or one of the codes a later,
	 * sequential call gets).
	 */
	private static void assertOneDoneRestRefused(List<MockHttpServletResponse> answers, Integer... sequential)
			throws Exception {
		List<Integer> statuses = answers.stream().map(MockHttpServletResponse::getStatus).sorted().toList();
		assertThat(statuses).as(statuses.toString()).containsOnlyOnce(200).doesNotContain(500);
		List<Integer> refusals = new java.util.ArrayList<>(List.of(sequential));
		refusals.add(409);
		for (MockHttpServletResponse answer : answers) {
			if (answer.getStatus() != 200) {
				assertThat(answer.getStatus()).as(text(answer)).isIn(refusals);
				assertThat(answer.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.title")).isNotBlank();
				assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.detail")).isNotBlank();
			}
		}
	}

	private static List<String> titlesOfRefusals(List<MockHttpServletResponse> answers) {
		return answers.stream()
			.filter(a -> a.getStatus() != 200)
			.map(a -> JsonPath.<String>read(text(a), "$.title"))
			.toList();
	}

	private static String text(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	@FunctionalInterface
	private interface RequestSource {

		MockHttpServletRequestBuilder build();

	}

}
