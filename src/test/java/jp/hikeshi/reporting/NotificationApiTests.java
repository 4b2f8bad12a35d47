package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
@RecordApplicationEvents
class NotificationApiTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	@Autowired
	EvidenceLocker evidence;

	@Autowired
	MailOutbox outbox;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("notify", Role.HANDLER);
		incident = incidents
			.open(handler.actor(),
					NewIncident.of("不正アクセスによる会員情報の漏えい", "UNAUTHORIZED_ACCESS", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
	}

	@Test
	@DisplayName("REP-1 REP-2 REP-3 REP-4 the plan suggests every recipient with its requirement and reason, from the category")
	void suggestsThePlanFromTheCategory() throws Exception {
		mvc.perform(get("/api/v1/incidents/{id}/notifications", incident).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(RecipientKind.values().length))
			.andExpect(jsonPath("$[?(@.recipientKind=='RESPONSIBLE_PERSON')].requirement").value(hasItem("REQUIRED")))
			.andExpect(jsonPath("$[?(@.recipientKind=='RESPONSIBLE_PERSON')].requirementId").value(hasItem("REP-1")))
			.andExpect(jsonPath("$[?(@.recipientKind=='RELATED_ORGANISATIONS')].requirementId").value(hasItem("REP-2")))
			.andExpect(jsonPath("$[?(@.recipientKind=='POLICE')].documentKind").value(hasItem("POLICE_MEMO")))
			.andExpect(jsonPath("$[?(@.recipientKind=='JPCERT_CC')].requirement").value(hasItem("RECOMMENDED")))
			.andExpect(jsonPath("$[?(@.recipientKind=='PRESS')].requirementId").value(hasItem("REP-4")))
			.andExpect(jsonPath("$[?(@.recipientKind=='IPA')].reason").value(hasItem(containsString("IPA"))))
			.andExpect(jsonPath("$[0].suggested").value(true));
	}

	@Test
	@DisplayName("REP-3 sending the PPC preliminary report by e-mail freezes its content, queues the mail once and meets the obligation")
	void sendsAndFreezesAndMeetsTheObligation() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"personalInformation\":true,\"unauthorisedPurpose\":true,\"personsExact\":40,\"becameAwareAt\":\""
							+ Instant.now() + "\"}"))
			.andExpect(status().isOk());
		var log = evidence.register(handler.actor(), incident,
				NewEvidence.of(EvidenceKind.LOGS, "アクセスログ").withSha256("b".repeat(64)), null);
		String created = mvc
			.perform(post("/api/v1/incidents/{id}/notifications", incident).header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"recipientKind":"PPC_PRELIMINARY","channel":"EMAIL","recipient":"ppc-desk@example.jp","language":"ja",
								 "evidenceIds":["%s"]}"""
							.formatted(log.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.requirement").value("REQUIRED"))
			.andExpect(jsonPath("$.due").isNotEmpty())
			.andExpect(jsonPath("$.content").value(containsString("速報")))
			.andExpect(jsonPath("$.evidenceIds[0]").value(log.id().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String edited = mvc
			.perform(put("/api/v1/incidents/{id}/notifications/{n}", incident, id).param("version", "0")
				.header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"recipientKind":"PPC_PRELIMINARY","channel":"EMAIL","recipient":"ppc-desk@example.jp","language":"ja",
								 "subject":"速報","content":"編集した速報の本文"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(edited, "$.content")).isEqualTo("編集した速報の本文");
		mvc.perform(post("/api/v1/incidents/{id}/notifications/{n}/sent", incident, id).param("version", "1")
			.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.sentBy").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.sentAt").isNotEmpty());
		assertThat(events.stream(NotificationSent.class).filter(e -> e.notificationId().toString().equals(id)))
			.singleElement()
			.extracting(NotificationSent::recipientKind)
			.isEqualTo(RecipientKind.PPC_PRELIMINARY);
		assertThat(events.stream(PrivacyAssessed.class).filter(e -> e.incidentId().equals(incident))).singleElement()
			.extracting(PrivacyAssessed::revision)
			.isEqualTo(1);
		mvc.perform(put("/api/v1/incidents/{id}/notifications/{n}", incident, id).param("version", "2")
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipientKind\":\"PPC_PRELIMINARY\",\"content\":\"書き換え\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='PPC_PRELIMINARY')].status").value(hasItem("MET")))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].status").value(hasItem("OPEN")));
		mvc.perform(get("/api/v1/outbox").param("key", "notification:" + id).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].subject").value("速報"))
			.andExpect(jsonPath("$.items[0].recipient").value("ppc-desk@example.jp"));
		mvc.perform(post("/api/v1/incidents/{id}/notifications/{n}/acknowledged", incident, id).param("version", "2")
			.header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.content").value("編集した速報の本文"));
	}

	@Test
	@DisplayName("REP-3 an incident cannot be closed while a required report to the PPC is unsent")
	void blocksClosingWhileAReportIsOwed() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personalInformation\":true,\"sensitive\":true,\"becameAwareAt\":\"" + Instant.now() + "\"}"))
			.andExpect(status().isOk());
		var view = incidentQueries.get(handler.actor(), incident);
		assertThatThrownBy(() -> incidents.update(handler.actor(), incident,
				IncidentChanges.version(view.version()).withState(IncidentState.CLOSED)))
			.isInstanceOf(RejectedInputException.class)
			.satisfies(ex -> assertThat(((RejectedInputException) ex).problems().get(0).args()).anySatisfy(
					arg -> assertThat(arg.toString()).containsAnyOf("個人情報保護委員会への速報", "Preliminary report to the PPC")
						.doesNotContain("PPC_PRELIMINARY")));
	}

	@Test
	@DisplayName("REP-5 the ransom decision is recorded with who confirmed it, and there is no way to record a payment")
	void recordsTheRansomDecision() throws Exception {
		mvc.perform(post("/api/v1/incidents/{id}/ransom-decision", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"支払わない\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedBy").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.note").value("支払わない"));
		mvc.perform(get("/api/v1/incidents/{id}/ransom-decision", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.confirmedBy").value(handler.actor().displayName()));
	}

	@Test
	@DisplayName("REP-3 evidence of another incident cannot be attached to a notification")
	void refusesEvidenceOfAnotherIncident() throws Exception {
		mvc.perform(post("/api/v1/incidents/{id}/notifications", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipientKind\":\"POLICE\",\"evidenceIds\":[\"" + UUID.randomUUID() + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("evidenceIds"));
	}

}
