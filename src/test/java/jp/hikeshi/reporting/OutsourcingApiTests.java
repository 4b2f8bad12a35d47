package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.directory.OutsideBodyInput;
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
class OutsourcingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	OutsideBodies bodies;

	TestUser handler;

	UUID incident;

	String principal;

	@BeforeEach
	void setUp() {
		handler = accounts.create("contractor", Role.HANDLER);
		TestUser admin = accounts.create("contractor-admin", Role.ADMIN);
		principal = "PRINCIPAL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		bodies.save(admin.actor(), principal, new OutsideBodyInput("株式会社委託元", "Principal Co.", null, null,
				"03-0000-0000", "privacy@principal.example.jp", null, null, null));
		incident = incidents
			.open(handler.actor(), NewIncident.of("委託先での会員情報の漏えい", "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
	}

	void assess(boolean joint) throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personalInformation":true,"sensitive":true,"personsExact":12,"outsourcing":"CONTRACTOR",
					 "counterpartBody":"%s","jointReport":%s,"becameAwareAt":"%s"}""".formatted(principal, joint,
					Instant.now().truncatedTo(ChronoUnit.SECONDS))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facts.counterpartBody").value(principal))
			.andExpect(jsonPath("$.counterpartName").value("株式会社委託元"));
	}

	@Test
	@DisplayName("REP-3 a contractor's plan notifies the principal from the directory, and sending that notice releases its PPC obligations")
	void contractorIsReleasedByNotifyingItsPrincipal() throws Exception {
		assess(false);
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='NOTIFY_PRINCIPAL')].required").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.kind=='NOTIFY_PRINCIPAL')].due")
				.value(hasItem(org.hamcrest.Matchers.notNullValue())))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].releasedBy").value(hasItem("NOTIFY_PRINCIPAL")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].status").value(hasItem("OPEN")))
			.andExpect(jsonPath("$[?(@.kind=='NOTICE_TO_PERSONS')].required").value(hasItem(false)));
		mvc.perform(get("/api/v1/incidents/{id}/notifications", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.recipientKind=='PRINCIPAL')].requirement").value(hasItem("REQUIRED")))
			.andExpect(jsonPath("$[?(@.recipientKind=='PRINCIPAL')].recipientName").value(hasItem("株式会社委託元")))
			.andExpect(jsonPath("$[?(@.recipientKind=='PRINCIPAL')].recipient")
				.value(hasItem("privacy@principal.example.jp")))
			.andExpect(jsonPath("$[?(@.recipientKind=='PERSONS_CONCERNED')].requirement").value(hasItem("NOT_NEEDED")))
			.andExpect(jsonPath("$[?(@.recipientKind=='COMPETENT_MINISTRY')].requirementId").value(hasItem("REP-3")));
		String created = mvc
			.perform(post("/api/v1/incidents/{id}/notifications", incident).header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipientKind\":\"PRINCIPAL\",\"language\":\"ja\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recipient").value("privacy@principal.example.jp"))
			.andExpect(jsonPath("$.content").value(containsString("委託元（株式会社委託元）へ速やかに通知")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(post("/api/v1/incidents/{id}/notifications/{n}/sent", incident, id).param("version", "0")
			.header("Authorization", handler.bearer())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='NOTIFY_PRINCIPAL')].status").value(hasItem("MET")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].status").value(hasItem("RELEASED")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].status").value(hasItem("RELEASED")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].releasedAt")
				.value(hasItem(org.hamcrest.Matchers.notNullValue())));
		String board = mvc
			.perform(get("/api/v1/deadlines").param("size", "100").header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> open = JsonPath.read(board, "$.items[?(@.incidentId=='" + incident + "')].kind");
		assertThat(open).isEmpty();
		// a later revision keeps the release while the organisation is still the
		// contractor
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personalInformation":true,"sensitive":true,"personsExact":20,"outsourcing":"CONTRACTOR",
					 "counterpartBody":"%s"}""".formatted(principal))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].status").value(hasItem("RELEASED")));
	}

	@Test
	@DisplayName("REP-3 filing jointly, the contractor's PPC reports stay owed and the documents say who reports for whom")
	void jointReportIsOwedAndTheDocumentsSaySo() throws Exception {
		assess(true);
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].releasedBy")
				.value(hasItem(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/api/v1/incidents/{id}/documents/ppc-preliminary", incident).param("lang", "ja")
			.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("委託元（株式会社委託元）と連名で報告します")));
		mvc.perform(get("/api/v1/incidents/{id}/documents/ppc-final", incident).param("lang", "en")
			.header("Authorization", handler.bearer()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("report jointly with the principal")));
	}

	@Test
	@DisplayName("REP-3 an outsourcing counterpart that is not in the directory is refused with the field named")
	void refusesAnUnknownCounterpart() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personalInformation":true,"outsourcing":"CONTRACTOR","counterpartBody":"NO_SUCH_BODY",
					 "becameAwareAt":"2026-04-01T00:00:00Z"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("counterpartBody"));
	}

}
