package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One 知った時: the assessment takes the incident's, a change on either side asks about the
 * other, documents and clocks agree.
 */
@WebTest
class BecameAwareTests {

	static final Instant INCIDENT_AWARE = Instant.parse("2026-04-01T01:00:00Z");

	static final Instant ASSESSED_AWARE = Instant.parse("2026-04-02T03:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	DocumentDates dates;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("aware", Role.HANDLER);
		incident = incidents
			.open(handler.actor(),
					NewIncident.of("知った時の一致", "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT")
						.withBecameAwareAt(INCIDENT_AWARE),
					null)
			.id();
	}

	String facts(String aware, boolean alsoChangeIncident) {
		return """
				{"personalInformation":true,"sensitive":true,"personsExact":3%s,"alsoChangeIncident":%s}"""
			.formatted(aware == null ? "" : ",\"becameAwareAt\":\"" + aware + "\"", alsoChangeIncident);
	}

	@Test
	@DisplayName("REP-3 an assessment without its own 知った時 takes the incident's and counts the deadlines from it")
	void takesTheIncidentsTimeOfBecomingAware() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(null, false)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facts.becameAwareAt").value(INCIDENT_AWARE.toString()))
			.andExpect(jsonPath("$.incidentBecameAwareAt").value(INCIDENT_AWARE.toString()))
			.andExpect(jsonPath("$.becameAwareAtQuestion").value(false))
			.andExpect(jsonPath("$.deadlines.finalDueAt").value("2026-05-01T15:00:00Z"));
	}

	@Test
	@DisplayName("REP-3 with alsoChangeIncident a different 知った時 of the assessment is written to the incident too")
	void writesTheAssessmentsTimeBackToTheIncident() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(ASSESSED_AWARE.toString(), true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facts.becameAwareAt").value(ASSESSED_AWARE.toString()))
			.andExpect(jsonPath("$.incidentBecameAwareAt").value(ASSESSED_AWARE.toString()))
			.andExpect(jsonPath("$.becameAwareAtQuestion").value(false));
		assertThat(incidentQueries.get(handler.actor(), incident).becameAwareAt()).isEqualTo(ASSESSED_AWARE);
	}

	@Test
	@DisplayName("REP-3 without alsoChangeIncident the incident keeps its 知った時, and the documents print the one the clocks count from")
	void documentsPrintTheTimeTheClocksCountFrom() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(ASSESSED_AWARE.toString(), false))).andExpect(status().isOk());
		assertThat(incidentQueries.get(handler.actor(), incident).becameAwareAt()).isEqualTo(INCIDENT_AWARE);
		mvc.perform(get("/api/v1/incidents/{id}/documents/ppc-preliminary", incident).param("lang", "ja")
			.header("Authorization", handler.bearer()))
			.andExpect(content().string(allOf(containsString(dates.dateTime(ASSESSED_AWARE, Locale.JAPANESE)),
					not(containsString(dates.dateTime(INCIDENT_AWARE, Locale.JAPANESE))))));
	}

	@Test
	@DisplayName("REP-3 when the incident's 知った時 changes the reporting page asks whether the assessment follows, and following recomputes the clocks")
	void asksWhenTheIncidentsTimeChanges() throws Exception {
		RequestPostProcessor me = user(userDetails.loadUserByUsername(handler.username()));
		mvc.perform(get("/incidents/{id}/reporting", incident).with(me))
			.andExpect(content().string(allOf(containsString("value=\"2026-04-01T10:00\""),
					containsString("インシデントの「知った時」もこの日時に変更する"), not(containsString("became-aware-question")))));
		mvc.perform(post("/incidents/{id}/reporting/assessment", incident).with(me)
			.with(csrf())
			.param("personalInformation", "true")
			.param("sensitive", "true")
			.param("personsExact", "3")
			.param("outsourcing", "NONE")
			.param("becameAwareAt", "2026-04-01T10:00")).andExpect(status().is3xxRedirection());
		long version = incidentQueries.get(handler.actor(), incident).version();
		incidents.update(handler.actor(), incident,
				IncidentChanges.version(version).withTimes(null, null, null, null, null, ASSESSED_AWARE));
		mvc.perform(
				get("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.becameAwareAtQuestion").value(true))
			.andExpect(jsonPath("$.facts.becameAwareAt").value(INCIDENT_AWARE.toString()));
		mvc.perform(get("/incidents/{id}/reporting", incident).with(me))
			.andExpect(content()
				.string(allOf(containsString("became-aware-question"), containsString("評価もインシデントに合わせますか"))));
		mvc.perform(
				post("/incidents/{id}/reporting/became-aware", incident).with(me).with(csrf()).param("follow", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(
				get("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.becameAwareAtQuestion").value(false))
			.andExpect(jsonPath("$.facts.becameAwareAt").value(ASSESSED_AWARE.toString()))
			.andExpect(jsonPath("$.deadlines.finalDueAt").value("2026-05-02T15:00:00Z"));
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.kind=='PPC_FINAL')].due")
				.value(org.hamcrest.Matchers.hasItem("2026-05-02T15:00:00Z")));
	}

	@Test
	@DisplayName("REP-3 keeping the assessment's 知った時 answers the question without changing the clocks")
	void keepsTheAssessmentsTime() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(facts(null, false))).andExpect(status().isOk());
		long version = incidentQueries.get(handler.actor(), incident).version();
		incidents.update(handler.actor(), incident,
				IncidentChanges.version(version).withTimes(null, null, null, null, null, ASSESSED_AWARE));
		RequestPostProcessor me = user(userDetails.loadUserByUsername(handler.username()));
		mvc.perform(
				post("/incidents/{id}/reporting/became-aware", incident).with(me).with(csrf()).param("follow", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(
				get("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.becameAwareAtQuestion").value(false))
			.andExpect(jsonPath("$.facts.becameAwareAt").value(INCIDENT_AWARE.toString()))
			.andExpect(jsonPath("$.incidentBecameAwareAt").value(ASSESSED_AWARE.toString()));
	}

}
