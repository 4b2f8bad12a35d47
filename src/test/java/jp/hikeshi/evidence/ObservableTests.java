package jp.hikeshi.evidence;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ObservableTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("obs", Role.HANDLER);
	}

	IncidentView open(String title) {
		return incidents.open(handler.actor(), NewIncident.of(title, "MALWARE", Urgency.MEDIUM, "MODERATE"), null);
	}

	@Test
	@DisplayName("RES-2 the same indicator in two incidents is shown as seen in the other, and found by value")
	void correlatesObservablesAcrossIncidents() throws Exception {
		IncidentView first = open("一件目");
		IncidentView second = open("二件目");
		String ip = "198.51.100." + (1 + new java.util.Random().nextInt(250));
		String domain = "c2-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		mvc.perform(post("/api/v1/incidents/" + first.id() + "/observables").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"IP\",\"value\":\"" + ip + "\",\"tlp\":\"RED\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/incidents/" + first.id() + "/observables").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"" + domain.toUpperCase().replace(".", "[.]") + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("DOMAIN"))
			.andExpect(jsonPath("$.value").value(domain));
		mvc.perform(post("/api/v1/incidents/" + second.id() + "/observables").header("Authorization", handler.bearer())
			.contentType(MediaType.TEXT_PLAIN)
			.content(ip.replace(".", "[.]") + "\n")).andExpect(jsonPath("$.added").value(1));

		mvc.perform(get("/api/v1/incidents/" + second.id() + "/observables").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[0].value").value(ip))
			.andExpect(jsonPath("$[0].alsoSeenIn[0].number").value(first.number()));
		mvc.perform(get("/api/v1/observables").param("value", ip).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[*].incidentNumber", containsInAnyOrder(first.number(), second.number())));
	}

	@Test
	@DisplayName("RES-2 a pasted list adds the good lines and reports each bad line with its number and reason")
	void reportsEachRefusedLineOfAPastedList() throws Exception {
		IncidentView incident = open("一括");
		String text = """
				type,value,tlp,tags
				ip,192.0.2.10,amber,c2
				url,hxxps://phish[.]example/login
				sha256,abc
				md5,d41d8cd98f00b204e9800998ecf8427e
				color,red
				ip,999.1.1.1
				# comment lines are skipped
				evil@phish.example
				""";
		mvc.perform(
				post("/api/v1/incidents/" + incident.id() + "/observables").header("Authorization", handler.bearer())
					.header("Accept-Language", "en")
					.contentType("text/csv")
					.content(text))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(4))
			.andExpect(jsonPath("$.refused[*].line", containsInAnyOrder(4, 6, 7)))
			.andExpect(jsonPath("$.refused[?(@.line == 4)].message", hasItem("Not a hash of the right length: abc")))
			.andExpect(jsonPath("$.refused[?(@.line == 6)].message",
					hasItem(org.hamcrest.Matchers.startsWith("Unknown type"))));
		mvc.perform(
				get("/api/v1/incidents/" + incident.id() + "/observables").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[*].value", hasItem("https://phish.example/login")))
			.andExpect(jsonPath("$[*].value", hasItem("evil@phish.example")))
			.andExpect(jsonPath("$[?(@.value == '192.0.2.10')].tags", hasItem("c2")));
	}

	@Test
	void refusesAMalformedObservableWithTheReason() throws Exception {
		IncidentView incident = open("不正");
		mvc.perform(
				post("/api/v1/incidents/" + incident.id() + "/observables").header("Authorization", handler.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"type\":\"IP\",\"value\":\"not-an-ip\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.errors[0].message").value("IP アドレスの形式ではありません: not-an-ip"));
	}

}
