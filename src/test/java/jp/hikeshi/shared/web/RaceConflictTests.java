package jp.hikeshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
