package jp.hikeshi.response;

import static jp.hikeshi.response.ResponseFixture.apply;
import static jp.hikeshi.response.ResponseFixture.incident;
import static jp.hikeshi.response.ResponseFixture.tasks;
import static jp.hikeshi.response.ResponseFixture.user;
import static jp.hikeshi.response.ResponseFixture.vendor;
import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlan;
import jp.hikeshi.identity.Role;
import jp.hikeshi.playbook.PlaybookLibrary;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.playbook.Playbooks;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class PlaybookApplicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ResponseFixture fixture;

	@Autowired
	RolePlan rolePlan;

	@Autowired
	PlaybookLibrary library;

	@Autowired
	Playbooks playbooks;

	@Test
	@DisplayName("RES-5 applying the ransomware playbook creates the three RES-5 tasks and shows the REP-5 rule on the API and the response page")
	void ransomwarePlaybookCreatesItsTasksAndShowsItsRule() throws Exception {
		TestUser lead = accounts.create("res5", Role.HANDLER, Role.ADMIN);
		UUID incident = incident(mvc, lead, "ランサムウェア感染");
		String applied = apply(mvc, lead, incident, "RANSOMWARE");
		assertThat(JsonPath.<List<String>>read(applied, "$.rules[*].requirement")).contains("REP-5");
		assertThat(JsonPath.<List<String>>read(applied, "$.added[?(@.requirement == 'RES-5')].id")).hasSize(3);

		String tasks = tasks(mvc, lead, incident);
		assertThat(JsonPath.<List<String>>read(tasks, "$[?(@.requirement == 'RES-5')].process")).hasSize(3)
			.containsOnly("RESPONSE");
		mvc.perform(get("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("RANSOMWARE"))
			.andExpect(jsonPath("$[0].rules[*].requirement", Matchers.hasItem("REP-5")));

		String rule = library.latest(lead.actor().organisation(), "RANSOMWARE")
			.orElseThrow()
			.rules()
			.stream()
			.filter(r -> r.requirement().equals("REP-5"))
			.findFirst()
			.orElseThrow()
			.text()
			.ja();
		mvc.perform(get("/incidents/" + incident + "/response").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"rules\"")))
			.andExpect(content().string(Matchers.containsString(rule)));
	}

	@Test
	@DisplayName("TRI-3 applying the targeted e-mail playbook creates the three TRI-3 tasks; the mail-log check lands on the vendor the role plan names")
	void targetedMailPlaybookAsksTheVendorForTheMailLogs() throws Exception {
		TestUser lead = accounts.create("tri3", Role.HANDLER, Role.ADMIN);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "tri3v");
		fixture.staff(lead, Map.of(ResponseRole.LEAD, user(lead), ResponseRole.VENDOR, vendor(vendor)));
		UUID incident = incident(mvc, lead, "標的型メール");
		apply(mvc, lead, incident, "TARGETED_EMAIL");

		String tasks = tasks(mvc, lead, incident);
		List<Map<String, Object>> tri3 = JsonPath.read(tasks, "$[?(@.requirement == 'TRI-3')]");
		assertThat(tri3).hasSize(3);
		List<Map<String, Object>> vendorTasks = JsonPath.read(tasks,
				"$[?(@.requirement == 'TRI-3' && @.assignee.kind == 'VENDOR')]");
		assertThat(vendorTasks).hasSize(1);
		assertThat(JsonPath.<String>read(vendorTasks.get(0), "$.assignee.id")).isEqualTo(vendor.id().toString());
		assertThat(JsonPath.<String>read(vendorTasks.get(0), "$.title.ja")).contains("ログ");

		// the vendor sees the request among its tasks
		mvc.perform(get("/api/v1/tasks").header("Authorization", vendor.user().bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", Matchers.hasItem(vendorTasks.get(0).get("id"))));
	}

	@Test
	@DisplayName("GEN-2 every task of an applied playbook lands on whoever the role plan names for its role; unstaffed roles keep the role unassigned")
	void tasksLandOnThePeopleTheRolePlanNames() throws Exception {
		TestUser lead = accounts.create("gen2", Role.HANDLER, Role.ADMIN);
		TestUser sysadmin = accounts.create("gen2-sys", Role.HANDLER);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "gen2v");
		// the plan is set the way an organisation sets it: PUT /api/v1/role-plan
		String plan = mvc.perform(get("/api/v1/role-plan").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var document = JsonPath.parse(plan);
		Map<String, Object> primaries = Map.of(ResponseRole.LEAD,
				Map.of("kind", "USER", "id", lead.actor().id().toString()), ResponseRole.SYSADMIN,
				Map.of("kind", "USER", "id", sysadmin.actor().id().toString()), ResponseRole.VENDOR,
				Map.of("kind", "VENDOR", "id", vendor.id().toString()));
		primaries.forEach((role, primary) -> {
			document.set("$.roles[?(@.code == '" + role + "')].primary", primary);
			document.set("$.roles[?(@.code == '" + role + "')].deputies", List.of());
		});
		mvc.perform(put("/api/v1/role-plan").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(document.jsonString())).andExpect(status().isOk());
		UUID incident = incident(mvc, lead, "役割分担の確認");
		apply(mvc, lead, incident, "RANSOMWARE");

		List<Map<String, Object>> tasks = JsonPath.read(tasks(mvc, lead, incident), "$[*]");
		assertThat(tasks).isNotEmpty();
		for (Map<String, Object> task : tasks) {
			String role = (String) task.get("role");
			var taker = rolePlan.takerFor(lead.actor().organisation(), role);
			@SuppressWarnings("unchecked")
			Map<String, Object> assignee = (Map<String, Object>) task.get("assignee");
			if (taker.isPresent()) {
				assertThat(assignee).as("assignee of %s", task.get("key")).isNotNull();
				assertThat(assignee.get("id")).isEqualTo(taker.get().id().toString());
				assertThat(assignee.get("kind")).isEqualTo(taker.get().kind().name());
			}
			else {
				assertThat(assignee).as("unstaffed role %s", role).isNull();
				assertThat(role).isNotBlank();
			}
		}
		assertThat(tasks).anySatisfy(t -> assertThat(t.get("role")).isEqualTo(ResponseRole.SYSADMIN));
		assertThat(tasks).filteredOn(t -> ResponseRole.SYSADMIN.equals(t.get("role")))
			.allSatisfy(t -> assertThat(((Map<?, ?>) t.get("assignee")).get("id"))
				.isEqualTo(sysadmin.actor().id().toString()));
		assertThat(tasks).filteredOn(t -> ResponseRole.VENDOR.equals(t.get("role")))
			.isNotEmpty()
			.allSatisfy(t -> assertThat(((Map<?, ?>) t.get("assignee")).get("id")).isEqualTo(vendor.id().toString()));
	}

	@Test
	@DisplayName("GEN-3 applying a playbook again adds nothing, also when two applies run at once; the incident keeps the version it applied")
	void reapplyingIsIdempotent() throws Exception {
		TestUser lead = accounts.create("gen3", Role.HANDLER, Role.ADMIN);
		UUID incident = incident(mvc, lead, "再適用");
		int expected = library.latest(lead.actor().organisation(), "RANSOMWARE").orElseThrow().tasks().size();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<String> applying = () -> apply(mvc, lead, incident, "RANSOMWARE");
			for (var f : pool.invokeAll(List.of(applying, applying))) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(JsonPath.<List<Object>>read(tasks(mvc, lead, incident), "$[*]")).hasSize(expected);
		mvc.perform(post("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"playbook\":\"RANSOMWARE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").isEmpty());
		assertThat(JsonPath.<List<Object>>read(tasks(mvc, lead, incident), "$[*]")).hasSize(expected);
		mvc.perform(get("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].version")
				.value(library.latest(lead.actor().organisation(), "RANSOMWARE").orElseThrow().version()));
		List<String> keys = library.latest(lead.actor().organisation(), "RANSOMWARE")
			.orElseThrow()
			.tasks()
			.stream()
			.map(PlaybookTask::key)
			.toList();
		assertThat(JsonPath.<List<String>>read(tasks(mvc, lead, incident), "$[*].key"))
			.containsExactlyInAnyOrderElementsOf(keys);
	}

	@Test
	@DisplayName("GEN-3 applying a newer version adds only its new tasks; the incident lists both versions it applied")
	void newerVersionAddsOnlyNewTasks() throws Exception {
		TestUser lead = accounts.create("gen3v", Role.HANDLER, Role.ADMIN);
		String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		playbooks.importDocument(lead.actor(), document(code, "first", "second"));
		UUID incident = incident(mvc, lead, "版の追加");
		String first = apply(mvc, lead, incident, code);
		assertThat(JsonPath.<List<String>>read(first, "$.added[*].key")).containsExactly("first", "second");
		String firstTask = JsonPath.read(first, "$.added[0].id");
		ResponseFixture.change(mvc, lead, UUID.fromString(firstTask), "{\"version\":0,\"status\":\"DONE\"}")
			.andExpect(status().isOk());

		playbooks.edit(lead.actor(), code, document(code, "first", "second", "third"), 1);
		String second = apply(mvc, lead, incident, code);
		assertThat(JsonPath.<List<String>>read(second, "$.added[*].key")).containsExactly("third");
		assertThat(JsonPath.<Integer>read(second, "$.playbook.version")).isEqualTo(2);
		String tasks = tasks(mvc, lead, incident);
		assertThat(JsonPath.<List<String>>read(tasks, "$[*].key")).containsExactlyInAnyOrder("first", "second",
				"third");
		assertThat(JsonPath.<List<String>>read(tasks, "$[?(@.key == 'first')].status")).containsExactly("DONE");
		mvc.perform(get("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$[*].version", Matchers.contains(1, 2)));
		// an explicit older version adds nothing either
		mvc.perform(post("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"playbook\":\"" + code + "\",\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.playbook.version").value(1))
			.andExpect(jsonPath("$.added").isEmpty());
	}

	private static String document(String code, String... keys) {
		StringBuilder yaml = new StringBuilder("code: " + code
				+ "\ntitle:\n  ja: テスト用\n  en: For tests\ndescription:\n  ja: 版の確認\n  en: Versions\ntasks:\n");
		for (String key : keys) {
			yaml.append("  - key: ")
				.append(key)
				.append("\n    process: RES\n    requirement: RES-1\n    role: LEAD\n")
				.append("    due: PT2H\n    mandatory: false\n    title:\n      ja: 作業 ")
				.append(key)
				.append("\n      en: Step ")
				.append(key)
				.append("\n");
		}
		return yaml.toString();
	}

	@Test
	@DisplayName("GEN-3 an unknown playbook is refused with a field error and creates nothing")
	void refusesAnUnknownPlaybook() throws Exception {
		TestUser lead = accounts.create("gen3u", Role.HANDLER);
		UUID incident = incident(mvc, lead, "不明なプレイブック");
		mvc.perform(post("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"playbook\":\"NO_SUCH\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("playbook"));
		assertThat(JsonPath.<List<Object>>read(tasks(mvc, lead, incident), "$[*]")).isEmpty();
	}

}
