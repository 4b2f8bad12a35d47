package jp.hikeshi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Attaching alerts to an existing incident instead of promoting them to a report (DET-2).
 */
@WebTest
class AlertAttachTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AlertIntake intake;

	@Autowired
	AlertQueue queue;

	@Autowired
	JdbcClient jdbc;

	TestUser desk;

	String source;

	@BeforeEach
	void setUp() {
		desk = accounts.create("attach", Role.HANDLER);
		source = "EDR-" + UUID.randomUUID().toString().substring(0, 8);
	}

	RequestPostProcessor as(TestUser u) {
		return user(userDetails.loadUserByUsername(u.username()));
	}

	UUID receive(String ref, String title) {
		return intake
			.receive(desk.actor(), List.of(new AlertSubmission(source, ref, title, Severity.HIGH,
					Instant.parse("2026-01-10T01:00:00Z"), List.of(new ObservableInput("ip", "198.51.100.7")), "{}")))
			.get(0)
			.alertId();
	}

	String openIncident(String title) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").header("Authorization", desk.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"%s\",\"category\":\"MALWARE\",\"urgency\":\"HIGH\",\"severity\":\"MODERATE\"}"
					.formatted(title)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions attach(UUID alert, String json) throws Exception {
		return mvc.perform(post("/api/v1/alerts/" + alert + "/attach").header("Authorization", desk.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String numberOf(String incident) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", desk.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.number");
	}

	@Test
	@DisplayName("DET-2 the desk attaches alerts (one, then several in bulk) to an existing incident instead of a report, once")
	void attachesAlertsToAnIncidentThroughTheApi() throws Exception {
		String incident = openIncident("EDR で検知したマルウェア");
		String number = numberOf(incident);
		UUID a = receive("at-1", "不審なプロセス 1");
		UUID b = receive("at-2", "不審なプロセス 2");
		UUID c = receive("at-3", "不審なプロセス 3");

		attach(a, "{\"incidentId\":\"%s\"}".formatted(incident)).andExpect(status().isOk())
			.andExpect(jsonPath("$.incidentId").value(incident))
			.andExpect(jsonPath("$.incidentNumber").value(number))
			.andExpect(jsonPath("$.reportId").doesNotExist());
		mvc.perform(post("/api/v1/alerts/attach").header("Authorization", desk.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"alertIds\":[\"%s\",\"%s\"],\"incidentId\":\"%s\"}".formatted(b, c, incident)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alertIds", containsInAnyOrder(b.toString(), c.toString())));

		mvc.perform(get("/api/v1/alerts/" + b).header("Authorization", desk.bearer()))
			.andExpect(jsonPath("$.state").value("ATTACHED"))
			.andExpect(jsonPath("$.incidentId").value(incident))
			.andExpect(jsonPath("$.incidentNumber").value(number))
			.andExpect(jsonPath("$.decidedByName").exists());
		mvc.perform(get("/api/v1/alerts").param("incident", incident).header("Authorization", desk.bearer()))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder(a.toString(), b.toString(), c.toString())));
		mvc.perform(get("/api/v1/alerts/counts").param("source", source).header("Authorization", desk.bearer()))
			.andExpect(jsonPath("$.NEW.count").value(0))
			.andExpect(jsonPath("$.ATTACHED.count").value(3));
		// the incident's handling log lists them (written after the commit, on the
		// event), and a decided alert cannot be
		// attached again
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> mvc
				.perform(get("/api/v1/incidents/" + incident + "/timeline").header("Authorization", desk.bearer()))
				.andExpect(content().string(containsString("at-2")))
				.andExpect(content().string(containsString("アラート紐付け（2 件）")))
				.andExpect(content().string(not(containsString("alerts attached")))));
		attach(a, "{\"incidentId\":\"%s\"}".formatted(incident)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alertIds[0]"));
		assertThat(waitForAudit(number)).isEqualTo(2);
	}

	@Test
	@DisplayName("DET-2 attaching refuses an unknown or closed incident and a missing one, and changes nothing")
	void refusesUnknownAndClosedIncidents() throws Exception {
		UUID a = receive("ref-1", "検知");
		attach(a, "{\"incidentId\":\"%s\"}".formatted(UUID.randomUUID())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("incidentId"));
		attach(a, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("incidentId"));
		String closed = openIncident("終わった件");
		mvc.perform(patch("/api/v1/incidents/" + closed).header("Authorization", desk.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"state\":\"CLOSED\",\"reason\":\"対応完了\"}")).andExpect(status().isOk());
		attach(a, "{\"incidentId\":\"%s\"}".formatted(closed)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("incidentId"));
		assertThat(queue.get(desk.actor(), a).state()).isEqualTo(AlertState.NEW);
		TestUser reporter = accounts.create("attach-rep", Role.REPORTER);
		mvc.perform(post("/api/v1/alerts/" + a + "/attach").header("Authorization", reporter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"incidentId\":\"%s\"}".formatted(closed))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("DET-2 from the queue page the desk attaches checked alerts to an incident by its number; the incident links to them")
	void attachesFromThePageByNumber() throws Exception {
		String incident = openIncident("ページから紐付け");
		String number = numberOf(incident);
		UUID a = receive("pg-1", "ページの検知 1");
		UUID b = receive("pg-2", "ページの検知 2");
		mvc.perform(get("/alerts").param("source", source).with(as(desk)))
			.andExpect(content().string(allOf(containsString("インシデントに紐付ける"), containsString("name=\"incidentId\""))));
		mvc.perform(post("/alerts/attach").with(as(desk))
			.with(csrf())
			.param("alertIds", a.toString(), b.toString())
			.param("incidentId", number)).andExpect(redirectedUrl("/incidents/" + incident));
		assertThat(queue.get(desk.actor(), a).state()).isEqualTo(AlertState.ATTACHED);
		mvc.perform(get("/incidents/" + incident).with(as(desk)))
			.andExpect(content().string(containsString("/alerts?incident=" + incident)));
		mvc.perform(get("/alerts").param("incident", incident).header("Accept-Language", "en").with(as(desk)))
			.andExpect(content()
				.string(allOf(containsString("ページの検知 1"), containsString("ページの検知 2"), containsString(number))));
		mvc.perform(get("/alerts/" + a).with(as(desk))).andExpect(content().string(containsString(number)));
		mvc.perform(post("/alerts/attach").with(as(desk))
			.with(csrf())
			.param("alertIds", receive("pg-3", "x").toString())
			.param("incidentId", "INC-1999-9999")).andExpect(redirectedUrl("/alerts"));
	}

	private long waitForAudit(String number) {
		await().atMost(Duration.ofSeconds(60)).until(() -> auditedAttachments(number) >= 2);
		return auditedAttachments(number);
	}

	private long auditedAttachments(String number) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ALERTS_ATTACHED' AND summary LIKE ?")
			.param(number + " %")
			.query(Long.class)
			.single();
	}

}
