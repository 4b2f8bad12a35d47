package jp.hikeshi.incident;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class IncidentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("page-commander", Role.HANDLER);
	}

	@Test
	@DisplayName("GEN-1 a lane change posted with htmx answers the incident body with two processes in progress")
	void changesProcessLanesInPlace() throws Exception {
		Opened incident = open("lanes", "HIGH", "SIGNIFICANT");
		String html = mvc
			.perform(post("/incidents/" + incident.id + "/processes").with(as(handler))
				.with(csrf())
				.header("HX-Request", "true")
				.param("version", "0")
				.param("DETECTION", "DONE")
				.param("TRIAGE", "DONE")
				.param("RESPONSE", "IN_PROGRESS")
				.param("REPORTING", "IN_PROGRESS"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"incident-body\"").contains("value=\"1\"");
		assertThat(html.split("lane card ps-IN_PROGRESS", -1)).hasSize(3);
		assertThat(html).contains("プロセスの進捗").contains("「インシデントレスポンス」を 未着手 → 対応中 に変更");
	}

	@Test
	@DisplayName("GEN-1 without JavaScript the same form posts and redirects to the incident page")
	void worksAsAPlainForm() throws Exception {
		Opened incident = open("plain", "LOW", "MINOR");
		mvc.perform(post("/incidents/" + incident.id + "/timeline").with(as(handler))
			.with(csrf())
			.param("kind", "EVENT")
			.param("text", "C2 への通信")
			.param("occurredAt", "2026-11-19T23:00")
			.param("source", "プロキシログ"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/incidents/" + incident.id));
		mvc.perform(get("/incidents/" + incident.id).with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("C2 への通信"), containsString("2026年11月19日 23:00"), containsString("プロキシログ"))));
	}

	@Test
	@DisplayName("GEN-1 the times form records containment, which moves the state on, and leaves unchanged times alone")
	void recordsTimesThroughTheForm() throws Exception {
		Opened incident = open("times", "HIGH", "MINOR");
		mvc.perform(post("/incidents/" + incident.id + "/times").with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("occurredFrom", "")
			.param("containedAt", "2026-11-21T09:30")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/incidents/" + incident.id).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.state").value("CONTAINED"))
			.andExpect(jsonPath("$.containedAt").value("2026-11-21T00:30:00Z"))
			.andExpect(jsonPath("$.occurredFrom").doesNotExist());
	}

	@Test
	@DisplayName("GEN-1 a stale form gets a readable 409 page, and a blocked close shows what is still open")
	void refusesStaleFormsAndBlockedClosing() throws Exception {
		Opened incident = open("stale", "MEDIUM", "MODERATE");
		mvc.perform(post("/incidents/" + incident.id + "/state").with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("state", "CONTAINED")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/incidents/" + incident.id + "/state").with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("state", "RECOVERED"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("他の人が先に更新しました")));
		BlockingClosingGuard.BLOCKED.add(incident.id);
		try {
			mvc.perform(post("/incidents/" + incident.id + "/state").with(as(handler))
				.with(csrf())
				.param("version", "1")
				.param("state", "CLOSED"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("個人情報保護委員会への速報")));
		}
		finally {
			BlockingClosingGuard.BLOCKED.remove(incident.id);
		}
	}

	@Test
	@DisplayName("TRI-2 the queue page ranks by priority then age, and its htmx partial is the results alone")
	void showsTheRankedQueue() throws Exception {
		Opened p3 = open("queue P3", "MEDIUM", "MINOR");
		Opened p1 = open("queue P1", "CRITICAL", "EXTENSIVE");
		Opened p2 = open("queue P2", "HIGH", "MODERATE");
		String html = mvc
			.perform(get("/incidents").param("commanderId", handler.actor().id().toString()).with(as(handler)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf(p1.number)).isLessThan(html.indexOf(p2.number));
		assertThat(html.indexOf(p2.number)).isLessThan(html.indexOf(p3.number));
		mvc.perform(get("/incidents").param("commanderId", handler.actor().id().toString())
			.header("HX-Request", "true")
			.with(as(handler)))
			.andExpect(content().string(allOf(containsString(p1.number), not(containsString("<html")))));
		TestUser reporter = accounts.create("page-reporter", Role.REPORTER);
		mvc.perform(get("/incidents").with(as(reporter))).andExpect(status().isForbidden());
		mvc.perform(get("/incidents/" + p1.id).with(as(reporter))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("TRI-2 the home page counts open incidents per priority for handlers, and shows none to reporters")
	void countsOpenIncidentsOnTheHomePage() throws Exception {
		open("home", "CRITICAL", "SIGNIFICANT");
		mvc.perform(get("/").with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"open-per-priority\""), containsString("data-priority=\"P1\""))));
		TestUser reporter = accounts.create("home-reporter", Role.REPORTER);
		mvc.perform(get("/").with(as(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("open-per-priority"))));
	}

	record Opened(UUID id, String number) {
	}

	private Opened open(String title, String urgency, String severity) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"%s","category":"INTRUSION","urgency":"%s","severity":"%s"}""".formatted(title,
						urgency, severity)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Opened(UUID.fromString(JsonPath.read(body, "$.id")), JsonPath.read(body, "$.number"));
	}

}
