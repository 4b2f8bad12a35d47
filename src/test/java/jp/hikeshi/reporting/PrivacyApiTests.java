package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class PrivacyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("privacy", Role.HANDLER);
		incident = open(handler, "INFO_LEAK", "顧客情報の漏えい");
	}

	UUID open(TestUser by, String category, String title) {
		return incidents.open(by.actor(), NewIncident.of(title, category, Urgency.HIGH, "SIGNIFICANT"), null).id();
	}

	static String facts(boolean sensitive, int persons, boolean unauthorised, boolean encrypted, Instant aware) {
		return """
				{"personalInformation":true,"sensitive":%s,"financial":false,"myNumber":false,"otherKinds":true,
				 "personsExact":%d,"unauthorisedPurpose":%s,"stronglyEncrypted":%s,"outsourcing":"NONE",
				 "becameAwareAt":"%s","notes":"会員DB"}""".formatted(sensitive, persons, unauthorised, encrypted, aware);
	}

	@Test
	@DisplayName("REP-3 a leak of sensitive data requires the PPC reports, with the rule that fired and the 30-day final deadline")
	void assessesALeakAndShowsTheObligations() throws Exception {
		Instant aware = Instant.parse("2026-04-01T01:00:00Z");
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(true, 12, false, false, aware)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.decision.ppcReportRequired").value(true))
			.andExpect(jsonPath("$.decision.rules[0]").value("SENSITIVE"))
			.andExpect(jsonPath("$.deadlines.finalDays").value(30))
			.andExpect(jsonPath("$.deadlines.finalDueAt").value("2026-05-01T15:00:00Z"));
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].required").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].rule").value(hasItem("SENSITIVE")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].due").value(hasItem("2026-04-06T15:00:00Z")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].status").value(hasItem("OVERDUE")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].due").value(hasItem("2026-05-01T15:00:00Z")));
	}

	@Test
	@DisplayName("REP-3 changing the assessment recomputes the deadlines and keeps the earlier revision in the history")
	void recomputesDeadlinesWhenTheAssessmentChanges() throws Exception {
		Instant aware = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(false, 20, false, false, aware)))
			.andExpect(jsonPath("$.decision.ppcReportRequired").value(false));
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].status").value(hasItem("NOT_REQUIRED")));
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).param("revision", "1")
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(false, 20, true, false, aware)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.decision.rules[0]").value("UNAUTHORISED_PURPOSE"))
			.andExpect(jsonPath("$.deadlines.finalDays").value(60))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[1].ppcReportRequired").value(false));
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].status").value(hasItem("OPEN")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].required").value(hasItem(true)));
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).param("revision", "1")
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(false, 20, true, false, aware))).andExpect(status().isConflict());
	}

	@Test
	@DisplayName("REP-3 strongly encrypted data needs no report, and the reason is the encryption exemption")
	void exemptsEncryptedDataThroughTheApi() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(true, 5000, true, true, Instant.now())))
			.andExpect(jsonPath("$.decision.ppcReportRequired").value(false))
			.andExpect(jsonPath("$.decision.rules[0]").value("ENCRYPTED_EXEMPT"));
	}

	@Test
	@DisplayName("REP-3 the deadline board lists open obligations across incidents, the one due first on top")
	void listsDeadlinesDueFirstOnTop() throws Exception {
		TestUser other = accounts.create("board", Role.HANDLER);
		UUID later = open(other, "INFO_LEAK", "後で期限");
		UUID sooner = open(other, "INFO_LEAK", "先に期限");
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", later).header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(true, 1, false, false, Instant.parse("2001-02-01T00:00:00Z")))).andExpect(status().isOk());
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", sooner).header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(true, 1, false, false, Instant.parse("2001-01-01T00:00:00Z")))).andExpect(status().isOk());
		String board = mvc
			.perform(get("/api/v1/deadlines").param("size", "100").header("Authorization", other.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("OVERDUE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> order = JsonPath.read(board, "$.items[*].incidentId");
		assertThat(order.indexOf(sooner.toString())).isNotNegative().isLessThan(order.indexOf(later.toString()));
		List<String> dues = JsonPath.read(board, "$.items[*].due");
		assertThat(dues).isSorted();
	}

	@Test
	@DisplayName("REP-3 an assessment without the time of becoming aware is refused with the field named")
	void refusesAssessmentWithoutBecomingAware() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personalInformation\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("becameAwareAt"));
	}

}
