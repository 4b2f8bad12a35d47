package jp.hikeshi.incident;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
class IncidentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("commander", Role.HANDLER);
	}

	@Test
	@DisplayName("TRI-2 priority comes from the 4×4 matrix and from the damage-level matrix")
	void ranksWithBothMatrices() throws Exception {
		open("P1 4x4", "CRITICAL", "EXTENSIVE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.priority").value("P1"))
			.andExpect(jsonPath("$.priorityScheme").value("SEVERITY_4X4"));
		open("P4 4x4", "LOW", "EXTENSIVE").andExpect(jsonPath("$.priority").value("P4"));
		open("P3 4x4", "MEDIUM", "MODERATE").andExpect(jsonPath("$.priority").value("P3"));
		open("P1 dmg", "HIGH", "LEVEL_3").andExpect(jsonPath("$.priority").value("P1"))
			.andExpect(jsonPath("$.priorityScheme").value("DAMAGE_LEVEL"));
		open("P2 dmg", "CRITICAL", "LEVEL_1").andExpect(jsonPath("$.priority").value("P2"));
		open("P4 dmg", "LOW", "LEVEL_0").andExpect(jsonPath("$.priority").value("P4"));
		open("bad", "LOW", "HUGE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
		mvc.perform(get("/api/v1/priority-matrix/preview?urgency=HIGH&severity=SIGNIFICANT").header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.priority").value("P2"));
	}

	@Test
	@DisplayName("TRI-2 an administrator changes a cell of the matrix and new rankings follow it; handlers cannot")
	void theMatrixIsConfigurable() throws Exception {
		TestUser admin = accounts.create("admin", Role.ADMIN);
		String changed = "{\"scheme\":\"SEVERITY_4X4\",\"cells\":" + cells(3) + "}";
		mvc.perform(put("/api/v1/priority-matrix").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(changed)).andExpect(status().isForbidden());
		try {
			mvc.perform(put("/api/v1/priority-matrix").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed)).andExpect(status().isOk()).andExpect(jsonPath("$.scheme").value("SEVERITY_4X4"));
			open("re-ranked", "LOW", "MINOR").andExpect(jsonPath("$.priority").value("P3"));
			mvc.perform(put("/api/v1/priority-matrix").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheme\":\"DAMAGE_LEVEL\"}")).andExpect(jsonPath("$.scheme").value("DAMAGE_LEVEL"));
			mvc.perform(put("/api/v1/priority-matrix").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"scheme\":\"SEVERITY_4X4\",\"cells\":[{\"severity\":\"MINOR\",\"urgency\":\"LOW\",\"priority\":9}]}"))
				.andExpect(status().isBadRequest());
		}
		finally {
			mvc.perform(put("/api/v1/priority-matrix").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheme\":\"SEVERITY_4X4\",\"cells\":" + cells(4) + "}")).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/priority-matrix").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.scheme").value("SEVERITY_4X4"))
			.andExpect(jsonPath("$.matrices[1].scheme").value("DAMAGE_LEVEL"))
			.andExpect(jsonPath("$.matrices[0].cells.length()").value(16));
	}

	@Test
	@DisplayName("GEN-1 response and reporting are in progress at once, and the queue filters by process state")
	void tracksSeveralProcessesAtOnce() throws Exception {
		String id = id(open("GEN-1", "HIGH", "SIGNIFICANT"));
		update(id, 0, "\"processes\":{\"RESPONSE\":\"IN_PROGRESS\",\"REPORTING\":\"IN_PROGRESS\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.processes.RESPONSE").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.processes.REPORTING").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.processes.TRIAGE").value("DONE"))
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/incidents?state=open&process=REPORTING&processState=IN_PROGRESS&commanderId="
				+ handler.actor().id())
			.header("Authorization", handler.bearer())).andExpect(jsonPath("$.items[*].id", contains(id)));
		mvc.perform(get("/api/v1/incidents?process=REPORTING&processState=DONE&commanderId=" + handler.actor().id())
			.header("Authorization", handler.bearer())).andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	@DisplayName("GEN-1 the state follows containment and recovery times, and a closed incident leaves the queue")
	void movesThroughTheOverallStates() throws Exception {
		String id = id(open("states", "MEDIUM", "MINOR"));
		update(id, 0, "\"containedAt\":\"2026-11-21T00:00:00Z\"").andExpect(jsonPath("$.state").value("CONTAINED"))
			.andExpect(jsonPath("$.containedAt").value("2026-11-21T00:00:00Z"));
		update(id, 1, "\"state\":\"RECOVERED\"").andExpect(jsonPath("$.state").value("RECOVERED"))
			.andExpect(jsonPath("$.recoveredAt").exists());
		update(id, 2, "\"state\":\"CLOSED\"").andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.closedAt").exists());
		mvc.perform(get("/api/v1/incidents?state=open&commanderId=" + handler.actor().id()).header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		mvc.perform(get("/api/v1/incidents?state=closed&commanderId=" + handler.actor().id()).header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		update(id, 3, "\"state\":\"OPEN\",\"reason\":\"再感染\"").andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.closedAt").doesNotExist());
	}

	@Test
	@DisplayName("GEN-1 an update made on a stale version gets 409 with a readable message, never a silent overwrite")
	void refusesStaleUpdates() throws Exception {
		String id = id(open("race", "HIGH", "MODERATE"));
		update(id, 0, "\"title\":\"first writer\"").andExpect(status().isOk());
		update(id, 0, "\"title\":\"second writer\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("更新が競合しました"))
			.andExpect(jsonPath("$.detail").value("他の人が先に更新しました。最新の内容を取得してからやり直してください"));
		mvc.perform(patch("/api/v1/incidents/" + id).header("Authorization", handler.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"title\":\"x\"}")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.title").value("first writer"));
		update(id, null, "\"title\":\"no version\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	@DisplayName("TRI-2 the queue ranks open incidents by priority, then oldest first, and counts them per priority")
	void ranksTheQueue() throws Exception {
		long p2Before = openCount("P2");
		String olderP3 = id(open("older P3", "MEDIUM", "SIGNIFICANT"));
		String p2 = id(open("P2", "HIGH", "SIGNIFICANT"));
		String newerP3 = id(open("newer P3", "MEDIUM", "MINOR").andExpect(jsonPath("$.priority").value("P3")));
		String p1 = id(open("P1", "CRITICAL", "SIGNIFICANT"));
		mvc.perform(get("/api/v1/incidents?state=open&commanderId=" + handler.actor().id()).header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", contains(p1, p2, olderP3, newerP3)))
			.andExpect(jsonPath("$.totalItems").value(4));
		mvc.perform(get("/api/v1/incidents?size=2&page=1&commanderId=" + handler.actor().id()).header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", contains(olderP3, newerP3)));
		mvc.perform(get("/api/v1/incidents?category=DOS&commanderId=" + handler.actor().id()).header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.items.length()").value(0));
		org.assertj.core.api.Assertions.assertThat(openCount("P2")).isEqualTo(p2Before + 1);
		mvc.perform(get("/api/v1/incidents?state=maybe").header("Authorization", handler.bearer()))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("GEN-1 the handling log records changes by itself; notes and attack events are kept apart")
	void keepsTheTwoTimelinesApart() throws Exception {
		TestUser second = accounts.create("second", Role.HANDLER);
		String id = id(open("timeline", "HIGH", "MINOR"));
		update(id, 0, "\"handlerIds\":[\"" + second.actor().id() + "\"],\"urgency\":\"CRITICAL\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handlers[0].displayName").value(second.actor().displayName()))
			.andExpect(jsonPath("$.priority").value("P2"));
		addToTimeline(id, "{\"kind\":\"LOG\",\"text\":\"ベンダーに電話\"}").andExpect(status().isCreated());
		addToTimeline(id,
				"{\"kind\":\"EVENT\",\"text\":\"不審な通信の開始\",\"occurredAt\":\"2026-11-19T16:00:00Z\",\"source\":\"FW ログ\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("FW ログ"));
		addToTimeline(id, "{\"kind\":\"EVENT\",\"text\":\"時刻なし\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
		mvc.perform(get("/api/v1/incidents/" + id + "/timeline?kind=EVENT").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].occurredAt").value("2026-11-19T16:00:00Z"));
		mvc.perform(get("/api/v1/incidents/" + id + "/timeline?kind=LOG&order=desc").header("Authorization",
				handler.bearer()))
			.andExpect(jsonPath("$.items[0].type").value("NOTE"))
			.andExpect(
					jsonPath("$.items[*].type", containsInAnyOrder("NOTE", "HANDLERS_ASSIGNED", "RANKED", "OPENED")));
		mvc.perform(get("/api/v1/incidents/" + id + "/timeline").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[0].kind").value("EVENT"))
			.andExpect(jsonPath("$.totalItems").value(5));
	}

	@Test
	@DisplayName("TRI-2 managers read incidents, reporters and vendors see none, only handlers change them")
	void guardsIncidentsByRole() throws Exception {
		String id = id(open("roles", "LOW", "MINOR"));
		TestUser manager = accounts.create("mgr", Role.MANAGER);
		TestUser reporter = accounts.create("rep", Role.REPORTER);
		TestUser vendor = accounts.create("vendor", Role.VENDOR);
		mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", manager.bearer()))
			.andExpect(status().isOk());
		mvc.perform(patch("/api/v1/incidents/" + id).header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"title\":\"x\"}")).andExpect(status().isForbidden());
		for (TestUser outsider : new TestUser[] { reporter, vendor }) {
			mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/incidents").header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/incidents/" + id + "/timeline").header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/incidents/" + UUID.randomUUID()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesUnknownPeopleAssetsAndCategories() throws Exception {
		mvc.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"t","category":"NO_SUCH","urgency":"LOW","severity":"MINOR",
					 "commanderId":"%s","assetIds":["%s"]}""".formatted(UUID.randomUUID(), UUID.randomUUID())))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "category", "urgency", "severity")));
	}

	@Test
	@DisplayName("TRI-2 GEN-1 the triage and incident endpoints are documented in OpenAPI under their contract paths")
	void documentsTheContractInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/reports/{id}/triage'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents/{id}'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents/{id}/timeline'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents/{id}/timeline'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/priority-matrix'].put").exists());
	}

	@Test
	@DisplayName("TRI-2 the open counts per priority follow a re-ranking and a closing, and the queue's total agrees")
	void keepsTheOpenCountsInStepWithTheIncidents() throws Exception {
		long p1 = openCount("P1");
		long p4 = openCount("P4");
		String id = id(open("数を数える", "CRITICAL", "EXTENSIVE"));
		org.assertj.core.api.Assertions.assertThat(openCount("P1")).isEqualTo(p1 + 1);
		update(id, 0, "\"urgency\":\"LOW\",\"severity\":\"MINOR\",\"reason\":\"影響は小さかった\"").andExpect(status().isOk());
		org.assertj.core.api.Assertions.assertThat(openCount("P1")).isEqualTo(p1);
		org.assertj.core.api.Assertions.assertThat(openCount("P4")).isEqualTo(p4 + 1);
		long total = openCount("P1") + openCount("P2") + openCount("P3") + openCount("P4");
		mvc.perform(get("/api/v1/incidents").param("state", "open")
			.param("size", "1")
			.header("Authorization", handler.bearer())).andExpect(jsonPath("$.totalItems").value(total));
		update(id, 1, "\"state\":\"CLOSED\",\"reason\":\"対応完了\"").andExpect(status().isOk());
		org.assertj.core.api.Assertions.assertThat(openCount("P4")).isEqualTo(p4);
	}

	private long openCount(String priority) throws Exception {
		String body = mvc.perform(get("/api/v1/incidents/open-per-priority").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$." + priority)).longValue();
	}

	private ResultActions open(String title, String urgency, String severity) throws Exception {
		return mvc.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"%s","category":"MALWARE","urgency":"%s","severity":"%s"}""".formatted(title, urgency,
					severity)));
	}

	private ResultActions update(String id, Integer version, String fields) throws Exception {
		String body = version == null ? "{" + fields + "}" : "{\"version\":" + version + "," + fields + "}";
		return mvc.perform(patch("/api/v1/incidents/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions addToTimeline(String id, String body) throws Exception {
		return mvc.perform(post("/api/v1/incidents/" + id + "/timeline").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	/**
	 * The whole default 4×4 matrix, with the cell MINOR × LOW set to the given priority.
	 */
	private static String cells(int minorLow) {
		StringBuilder json = new StringBuilder("[");
		String[] severities = { "EXTENSIVE", "SIGNIFICANT", "MODERATE", "MINOR" };
		String[] urgencies = { "CRITICAL", "HIGH", "MEDIUM", "LOW" };
		int[][] grid = { { 1, 1, 2, 4 }, { 1, 2, 3, 4 }, { 2, 2, 3, 4 }, { 2, 3, 3, minorLow } };
		for (int s = 0; s < 4; s++) {
			for (int u = 0; u < 4; u++) {
				json.append(json.length() > 1 ? "," : "")
					.append("{\"severity\":\"%s\",\"urgency\":\"%s\",\"priority\":%d}".formatted(severities[s],
							urgencies[u], grid[s][u]));
			}
		}
		return json.append("]").toString();
	}

}
