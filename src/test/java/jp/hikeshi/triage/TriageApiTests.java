package jp.hikeshi.triage;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class TriageApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("triager", Role.HANDLER);
	}

	@Test
	@DisplayName("TRI-1 facts, consultations and the malware checks are recorded and the report is in fact-finding")
	void recordsFactsWithTheCategoryChecks() throws Exception {
		String report = file("MALWARE", "PC が遅い");
		triage(report, """
				{"facts":{"damage":"YES","impact":"経理部の PC 2 台、会計データ","ongoing":"UNKNOWN",
				  "consultations":[{"organisation":"株式会社保守","response":"ログを確認中","consultedAt":"2026-11-20T02:00:00Z"}],
				  "checks":[{"code":"INFECTED","answer":"2 台に感染の痕跡"},{"code":"SPREAD","answer":"経理部のセグメント内"}]}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportStatus").value("IN_TRIAGE"))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		mvc.perform(get("/api/v1/reports/" + report + "/triage").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facts.damage").value("YES"))
			.andExpect(jsonPath("$.facts.impact").value("経理部の PC 2 台、会計データ"))
			.andExpect(jsonPath("$.facts.ongoing").value("UNKNOWN"))
			.andExpect(jsonPath("$.facts.consultations[0].organisation").value("株式会社保守"))
			.andExpect(jsonPath("$.facts.consultations[0].response").value("ログを確認中"))
			.andExpect(jsonPath("$.facts.consultations[0].consultedAt").value("2026-11-20T02:00:00Z"))
			.andExpect(jsonPath("$.facts.checks[*].code", containsInAnyOrder("INFECTED", "SPREAD")))
			.andExpect(jsonPath("$.checklist[*].code", hasItems("INFECTED", "SPREAD")));
		mvc.perform(get("/api/v1/reports/" + report).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.status").value("IN_TRIAGE"));
	}

	@Test
	@DisplayName("TRI-1 unauthorised access asks the vendor for traces: the request, its answer and dates are kept")
	void recordsAVendorRequestWithItsAnswerAndDates() throws Exception {
		String report = file("UNAUTHORIZED_ACCESS", "管理画面に不審なログイン");
		triage(report, """
				{"facts":{"checks":[{"code":"VENDOR_TRACES","requestedTo":"株式会社保守","requestedAt":"2026-11-20T03:00:00Z",
				  "answer":"改ざん・漏えいの痕跡なし、不正ログイン 1 件","answeredAt":"2026-11-21T09:00:00Z"}]}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checklist[0].kind").value("VENDOR_REQUEST"))
			.andExpect(jsonPath("$.facts.checks[0].requestedTo").value("株式会社保守"))
			.andExpect(jsonPath("$.facts.checks[0].requestedAt").value("2026-11-20T03:00:00Z"))
			.andExpect(jsonPath("$.facts.checks[0].answeredAt").value("2026-11-21T09:00:00Z"))
			.andExpect(jsonPath("$.facts.damage").value("UNKNOWN"));
		triage(report, "{\"facts\":{\"checks\":[{\"code\":\"INFECTED\"}]}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("facts.checks[0].code"));
	}

	@Test
	@DisplayName("TRI-1 the check list of a category is data an administrator replaces; handlers cannot")
	void checkListsAreData() throws Exception {
		TestUser admin = accounts.create("admin", Role.ADMIN);
		String category = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String items = """
				[{"code":"BACKUP_SAFE","kind":"QUESTION","labelJa":"バックアップは無事か","labelEn":"Are backups safe?","sortOrder":1}]""";
		mvc.perform(put("/api/v1/triage/checklists/" + category).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(items)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/triage/checklists/" + category).header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(items)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/triage/checklists/" + category).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[0].code").value("BACKUP_SAFE"))
			.andExpect(jsonPath("$[0].labelJa").value("バックアップは無事か"));
		mvc.perform(put("/api/v1/triage/checklists/" + category).header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"code\":\"bad code\",\"kind\":\"QUESTION\"}]")).andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("TRI-2 deciding INCIDENT opens a ranked incident from the report, recording reason, decider and time")
	void opensAnIncidentFromTheReport() throws Exception {
		String report = file("RANSOMWARE", "身代金要求の画面");
		String body = triage(report, """
				{"decision":"INCIDENT","reason":"暗号化を確認","urgency":"HIGH","severity":"SIGNIFICANT"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("INCIDENT"))
			.andExpect(jsonPath("$.reportStatus").value("INCIDENT"))
			.andExpect(jsonPath("$.decisions[0].reason").value("暗号化を確認"))
			.andExpect(jsonPath("$.decisions[0].decidedByName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.decisions[0].decidedAt").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String incident = JsonPath.read(body, "$.incidentId");
		mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(matchesPattern("INC-\\d{4}-\\d{4,}")))
			.andExpect(jsonPath("$.title").value("身代金要求の画面"))
			.andExpect(jsonPath("$.category").value("RANSOMWARE"))
			.andExpect(jsonPath("$.priority").value("P2"))
			.andExpect(jsonPath("$.reports[0].id").value(report))
			.andExpect(jsonPath("$.detectedAt").value("2026-11-20T01:15:00Z"))
			.andExpect(jsonPath("$.acknowledgedAt").exists())
			.andExpect(jsonPath("$.becameAwareAt").exists())
			.andExpect(jsonPath("$.commander.id").value(handler.actor().id().toString()));
		mvc.perform(
				get("/api/v1/incidents/" + incident + "/timeline?kind=LOG").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[*].type", containsInAnyOrder("OPENED", "REPORT_LINKED", "DECISION")));
	}

	@Test
	@DisplayName("TRI-2 a second report is attached to an existing open incident; a closed incident takes none")
	void attachesReportsToAnExistingIncident() throws Exception {
		String first = file("MALWARE", "感染 1");
		String second = file("MALWARE", "感染 2");
		String incident = JsonPath.read(triage(first, """
				{"decision":"INCIDENT","reason":"感染","urgency":"MEDIUM","severity":"MODERATE"}""").andReturn()
			.getResponse()
			.getContentAsString(), "$.incidentId");
		triage(second, "{\"decision\":\"INCIDENT\",\"reason\":\"同じ感染\",\"incidentId\":\"" + incident + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incidentId").value(incident));
		mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.reports[*].id", containsInAnyOrder(first, second)));

		long version = ((Number) JsonPath
			.read(mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", handler.bearer()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.version"))
			.longValue();
		mvc.perform(patch("/api/v1/incidents/" + incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"state\":\"CLOSED\"}")).andExpect(status().isOk());
		String third = file("MALWARE", "感染 3");
		triage(third, "{\"decision\":\"INCIDENT\",\"reason\":\"同じ\",\"incidentId\":\"" + incident + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("incidentId"));
	}

	@Test
	@DisplayName("TRI-2 NOT_INCIDENT closes the report and stores the warning for its recipients")
	void closesTheReportWithAWarning() throws Exception {
		String report = file("PHISHING", "怪しいメール");
		triage(report, """
				{"decision":"NOT_INCIDENT","reason":"開封者なし",
				 "warning":{"recipients":["全職員","経理部"],"text":"件名「請求書」のメールは開かないでください"}}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.reportStatus").value("NOT_INCIDENT"))
			.andExpect(jsonPath("$.incidentId").doesNotExist())
			.andExpect(jsonPath("$.decisions[0].warning.recipients", containsInAnyOrder("全職員", "経理部")))
			.andExpect(jsonPath("$.decisions[0].warning.text").value("件名「請求書」のメールは開かないでください"))
			.andExpect(jsonPath("$.decisions[0].warningSentAt").doesNotExist());
		triage(file("PHISHING", "x"), "{\"decision\":\"NOT_INCIDENT\",\"reason\":\"r\",\"warning\":{\"text\":\"注意\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("warning.recipients"));
	}

	@Test
	@DisplayName("TRI-2 a warning to mail addresses goes out through the durable outbox with the decision")
	void mailsTheWarningThroughTheOutbox() throws Exception {
		String address = "staff-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
		String report = file("PHISHING", "偽の請求書メール");
		triage(report, """
				{"decision":"NOT_INCIDENT","reason":"被害なし",
				 "warning":{"recipients":["%s","全職員"],"text":"請求書を装ったメールに注意してください"}}""".formatted(address))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisions[0].warningSentAt").exists());
		// mailed through the outbox once the decision is committed
		var rows = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT subject, body, purpose FROM mail_outbox WHERE recipient = ?")
				.param(address)
				.query()
				.listOfRows(), r -> !r.isEmpty());
		org.assertj.core.api.Assertions.assertThat(rows).hasSize(1);
		org.assertj.core.api.Assertions.assertThat(String.valueOf(rows.get(0).get("subject")))
			.contains("注意喚起", "偽の請求書メール");
		org.assertj.core.api.Assertions.assertThat(String.valueOf(rows.get(0).get("body")))
			.contains("請求書を装ったメールに注意してください");
	}

	@Test
	@DisplayName("TRI-2 DUPLICATE links the report to the one it repeats")
	void marksADuplicate() throws Exception {
		String original = file("SCAN", "ポートスキャン");
		String repeat = file("SCAN", "ポートスキャン（再）");
		triage(repeat, "{\"decision\":\"DUPLICATE\",\"reason\":\"同じ通報\",\"duplicateOf\":\"" + original + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportStatus").value("DUPLICATE"))
			.andExpect(jsonPath("$.decisions[0].duplicateOf").value(original));
		triage(repeat, "{\"decision\":\"DUPLICATE\",\"reason\":\"r\",\"duplicateOf\":\"" + repeat + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("duplicateOf"));
		triage(repeat, "{\"decision\":\"DUPLICATE\",\"reason\":\"r\",\"duplicateOf\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("TRI-2 a handler revises INCIDENT to NOT_INCIDENT with a new reason; the report leaves the incident, the history stays")
	void revisesADecisionKeepingTheHistory() throws Exception {
		String report = file("DOS", "つながらない");
		String incident = JsonPath.read(triage(report, """
				{"decision":"INCIDENT","reason":"DoS の疑い","urgency":"CRITICAL","severity":"MINOR"}""").andReturn()
			.getResponse()
			.getContentAsString(), "$.incidentId");
		TestUser other = accounts.create("reviser", Role.HANDLER);
		mvc.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"NOT_INCIDENT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"NOT_INCIDENT\",\"reason\":\"回線工事と判明\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NOT_INCIDENT"))
			.andExpect(jsonPath("$.reportStatus").value("NOT_INCIDENT"))
			.andExpect(jsonPath("$.decisions.length()").value(2))
			.andExpect(jsonPath("$.decisions[0].outcome").value("INCIDENT"))
			.andExpect(jsonPath("$.decisions[0].reason").value("DoS の疑い"))
			.andExpect(jsonPath("$.decisions[1].reason").value("回線工事と判明"))
			.andExpect(jsonPath("$.decisions[1].decidedByName").value(other.actor().displayName()));
		mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.reports.length()").value(0));
		mvc.perform(
				get("/api/v1/incidents/" + incident + "/timeline?kind=LOG").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[*].type", hasItem("REPORT_UNLINKED")));
	}

	@Test
	@DisplayName("TRI-2 revising onto another incident moves the report: it belongs to one incident at a time")
	void movesAReportBetweenIncidents() throws Exception {
		String first = file("INTRUSION", "侵入 A");
		String second = file("INTRUSION", "侵入 B");
		String a = JsonPath.read(triage(first, """
				{"decision":"INCIDENT","reason":"A","urgency":"HIGH","severity":"LEVEL_2"}""").andReturn()
			.getResponse()
			.getContentAsString(), "$.incidentId");
		String b = JsonPath.read(triage(second, """
				{"decision":"INCIDENT","reason":"B","urgency":"LOW","severity":"LEVEL_1"}""").andReturn()
			.getResponse()
			.getContentAsString(), "$.incidentId");
		triage(first, "{\"decision\":\"INCIDENT\",\"reason\":\"B と同じ攻撃\",\"incidentId\":\"" + b + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incidentId").value(b))
			.andExpect(jsonPath("$.decisions.length()").value(2));
		mvc.perform(get("/api/v1/incidents/" + a).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.reports.length()").value(0))
			.andExpect(jsonPath("$.priorityScheme").value("DAMAGE_LEVEL"))
			.andExpect(jsonPath("$.priority").value("P2"));
		mvc.perform(get("/api/v1/incidents/" + b).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.reports[*].id", containsInAnyOrder(first, second)));
	}

	@Test
	@DisplayName("TRI-2 a decision needs a reason, and a new incident needs urgency and severity")
	void rejectsIncompleteDecisions() throws Exception {
		triage(file("OTHER", "?"), "{\"decision\":\"INCIDENT\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason", "urgency", "severity")));
		triage(file("OTHER", "?"), "{}").andExpect(status().isBadRequest());
		triage(file("OTHER", "?"),
				"{\"decision\":\"INCIDENT\",\"reason\":\"r\",\"urgency\":\"HIGH\",\"severity\":\"HUGE\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
	}

	@Test
	@DisplayName("TRI-2 reporters and managers may not triage; managers may read the triage")
	void onlyHandlersAndAdministratorsTriage() throws Exception {
		String report = file("OTHER", "権限");
		TestUser reporter = accounts.create("rep", Role.REPORTER);
		TestUser manager = accounts.create("mgr", Role.MANAGER);
		String decision = "{\"decision\":\"NOT_INCIDENT\",\"reason\":\"r\"}";
		mvc.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", reporter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/" + report + "/triage").header("Authorization", manager.bearer()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/reports/" + UUID.randomUUID() + "/triage").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("TRI-2 a triage step made on a stale version gets 409")
	void refusesAStaleTriageVersion() throws Exception {
		String report = file("OTHER", "競合");
		triage(report, "{\"facts\":{\"damage\":\"NO\"}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		triage(report, "{\"facts\":{\"damage\":\"YES\"},\"version\":0}").andExpect(status().isOk());
		triage(report, "{\"facts\":{\"damage\":\"UNKNOWN\"},\"version\":0}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("更新が競合しました"));
	}

	private ResultActions triage(String report, String json) throws Exception {
		return mvc.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private String file(String category, String summary) throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
						 "category":"%s","channel":"PHONE","summary":"%s"}""".formatted(category, summary)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}
