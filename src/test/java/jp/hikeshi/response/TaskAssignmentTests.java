package jp.hikeshi.response;

import static jp.hikeshi.PageAuth.as;
import static jp.hikeshi.response.ResponseFixture.apply;
import static jp.hikeshi.response.ResponseFixture.change;
import static jp.hikeshi.response.ResponseFixture.incident;
import static jp.hikeshi.response.ResponseFixture.task;
import static jp.hikeshi.response.ResponseFixture.tasks;
import static jp.hikeshi.response.ResponseFixture.user;
import static jp.hikeshi.response.ResponseFixture.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlanChanged;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.directory.RolePlanView;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Role;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
@RecordApplicationEvents
class TaskAssignmentTests {

	/**
	 * The role the ransomware playbook gives one task (the report to the PPC) and these
	 * tests leave unstaffed.
	 */
	private static final String LEGAL_JA = "法務・個人情報保護";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ResponseFixture fixture;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RolePlanBook plans;

	@Autowired
	ApplicationEvents events;

	@Test
	@DisplayName("GEN-2 RES-1 a playbook applied after the role plan is staffed gives every task an assignee, each published as TaskAssigned")
	void playbookAppliedAfterStaffingAssignsEveryTask() throws Exception {
		TestUser lead = accounts.create("asg-all", Role.HANDLER, Role.ADMIN);
		TestUser deputy = accounts.create("asg-dep", Role.MANAGER);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "asg-allv");
		Map<String, RolePlanInput.AssigneeInput> plan = new HashMap<>();
		for (String role : List.of(ResponseRole.LEAD, ResponseRole.CONTACT, ResponseRole.SYSADMIN, ResponseRole.PR,
				ResponseRole.LEGAL)) {
			plan.put(role, user(lead));
		}
		plan.put(ResponseRole.VENDOR, vendor(vendor));
		fixture.staff(lead, plan);
		staffDeputyOnly(lead, ResponseRole.MANAGEMENT, user(deputy));
		UUID incident = incident(mvc, lead, "全タスク割当");
		events.clear();

		String applied = apply(mvc, lead, incident, "RANSOMWARE");

		List<Map<String, Object>> added = JsonPath.read(applied, "$.added[*]");
		assertThat(added).hasSize(20)
			.allSatisfy(t -> assertThat(t.get("assignee")).as("assignee of %s", t.get("key")).isNotNull());
		assertThat(added).filteredOn(t -> ResponseRole.MANAGEMENT.equals(t.get("role")))
			.isNotEmpty()
			.allSatisfy(t -> assertThat(((Map<?, ?>) t.get("assignee")).get("id"))
				.isEqualTo(deputy.actor().id().toString()));
		assertThat(added).filteredOn(t -> ResponseRole.VENDOR.equals(t.get("role")))
			.isNotEmpty()
			.allSatisfy(t -> assertThat(((Map<?, ?>) t.get("assignee")).get("kind")).isEqualTo("VENDOR"));
		List<TaskAssigned> published = events.stream(TaskAssigned.class)
			.filter(e -> e.incidentId().equals(incident))
			.toList();
		assertThat(published).hasSize(20).allSatisfy(e -> assertThat(e.assignedBy()).isEqualTo(lead.actor().id()));
		assertThat(published).anySatisfy(e -> {
			assertThat(e.assigneeKind()).isEqualTo(AssigneeKind.VENDOR);
			assertThat(e.assigneeId()).isEqualTo(vendor.id());
		});
	}

	@Test
	@DisplayName("GEN-2 a task whose role nobody staffs stays unassigned and shows the role's Japanese name with a one-click assign on the task page and the response page")
	void unstaffedRoleShowsItsJapaneseNameAndAnAssignControl() throws Exception {
		TestUser lead = accounts.create("asg-un", Role.HANDLER, Role.ADMIN);
		unstaff(lead, ResponseRole.LEGAL);
		fixture.staff(lead, Map.of(ResponseRole.LEAD, user(lead)));
		UUID incident = incident(mvc, lead, "役割未設定");
		apply(mvc, lead, incident, "RANSOMWARE");
		String legal = legalTask(lead, incident);
		assertThat(JsonPath.<Object>read(tasks(mvc, lead, incident), "$[?(@.id == '" + legal + "')].assignee")).asList()
			.containsOnlyNulls();

		mvc.perform(get("/tasks/" + legal).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("未割当（役割: " + LEGAL_JA + "）")))
			.andExpect(content().string(Matchers.containsString("役割「" + LEGAL_JA + "」の担当者が役割分担表にいません")))
			.andExpect(content().string(Matchers.containsString("id=\"assign\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("（役割: LEGAL）"))));
		mvc.perform(get("/incidents/" + incident + "/response").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("未割当（役割: " + LEGAL_JA + "）")))
			.andExpect(content().string(Matchers.containsString("id=\"assign-" + legal + "\"")))
			.andExpect(content().string(Matchers.containsString("id=\"bulk-assign\"")));

		// once the role is staffed, the task offers its taker in one click
		fixture.staff(lead, Map.of(ResponseRole.LEGAL, user(lead)));
		mvc.perform(get("/tasks/" + legal).with(as(lead)))
			.andExpect(content().string(Matchers.containsString("id=\"assign-taker\"")))
			.andExpect(content().string(Matchers.containsString("役割分担表どおり " + lead.actor().displayName() + " に割り当てる")));
		mvc.perform(post("/tasks/" + legal + "/assign").with(as(lead))
			.with(csrf())
			.param("version", "0")
			.param("assignee", "USER:" + lead.actor().id())
			.param("incident", incident.toString())).andExpect(redirectedUrl("/incidents/" + incident + "/response"));
		mvc.perform(get("/api/v1/tasks/" + legal).header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.assignee.id").value(lead.actor().id().toString()))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	@DisplayName("GEN-2 assigning by PATCH publishes TaskAssigned with the acting user; reassigning writes a line in both languages to the incident's timeline")
	void patchAssignsPublishesAndLogsReassignment() throws Exception {
		TestUser lead = accounts.create("asg-p", Role.HANDLER, Role.ADMIN);
		TestUser other = accounts.create("asg-p2", Role.HANDLER);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "asg-pv");
		UUID incident = incident(mvc, lead, "担当の変更");
		UUID task = task(mvc, lead, incident, "サーバーのログを確認", "RES-1", false, null, null);
		events.clear();

		change(mvc, lead, task,
				"{\"version\":0,\"assigneeKind\":\"USER\",\"assigneeId\":\"" + other.actor().id() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.id").value(other.actor().id().toString()));
		assertThat(events.stream(TaskAssigned.class)).singleElement().satisfies(e -> {
			assertThat(e.taskId()).isEqualTo(task);
			assertThat(e.incidentId()).isEqualTo(incident);
			assertThat(e.assigneeKind()).isEqualTo(AssigneeKind.USER);
			assertThat(e.assigneeId()).isEqualTo(other.actor().id());
			assertThat(e.assignedBy()).isEqualTo(lead.actor().id());
		});
		assertThat(timeline(lead, incident)).noneMatch(t -> t.contains("サーバーのログを確認"));

		change(mvc, lead, task, "{\"version\":1,\"assigneeKind\":\"VENDOR\",\"assigneeId\":\"" + vendor.id() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.kind").value("VENDOR"));
		assertThat(events.stream(TaskAssigned.class)).hasSize(2);
		assertThat(timeline(lead, incident, "ja")).anySatisfy(line -> assertThat(line)
			.isEqualTo("タスク「サーバーのログを確認」の担当を " + other.actor().displayName() + " から " + vendor.name() + " に変更しました"));
		assertThat(timeline(lead, incident, "en")).anySatisfy(line -> assertThat(line)
			.isEqualTo("Task \"サーバーのログを確認\" reassigned from " + other.actor().displayName() + " to " + vendor.name()));
		// the vendor now sees the incident's request among its tasks
		mvc.perform(get("/api/v1/tasks").header("Authorization", vendor.user().bearer()))
			.andExpect(jsonPath("$.items[*].id", Matchers.hasItem(task.toString())));
	}

	@Test
	@DisplayName("GEN-2 several tasks of an incident are assigned at once, by the API and by the response page's check-boxes")
	void bulkAssignment() throws Exception {
		TestUser lead = accounts.create("asg-b", Role.HANDLER, Role.ADMIN);
		TestUser handler = accounts.create("asg-b2", Role.HANDLER);
		UUID incident = incident(mvc, lead, "まとめて割当");
		UUID first = task(mvc, lead, incident, "一つ目", null, false, null, null);
		UUID second = task(mvc, lead, incident, "二つ目", null, false, null, null);
		UUID third = task(mvc, lead, incident, "三つ目", null, false, null, null);
		events.clear();

		bulk(lead, incident,
				"{\"taskIds\":[\"" + first + "\",\"" + second + "\"],\"assigneeKind\":\"USER\",\"assigneeId\":\""
						+ handler.actor().id() + "\",\"versions\":{\"" + first + "\":0}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].assignee.id", Matchers.everyItem(Matchers.is(handler.actor().id().toString()))));
		assertThat(events.stream(TaskAssigned.class).map(TaskAssigned::taskId)).containsExactlyInAnyOrder(first,
				second);
		// the handler's own list shows them (GEN-2 "my tasks")
		mvc.perform(get("/api/v1/tasks").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", Matchers.hasItems(first.toString(), second.toString())));
		mvc.perform(get("/tasks").with(as(handler)))
			.andExpect(content().string(Matchers.containsString("一つ目")))
			.andExpect(content().string(Matchers.containsString("二つ目")));

		// a stale version in bulk is a conflict, and nothing is written
		bulk(lead, incident,
				"{\"taskIds\":[\"" + first + "\",\"" + third + "\"],\"assigneeKind\":\"USER\",\"assigneeId\":\""
						+ lead.actor().id() + "\",\"versions\":{\"" + first + "\":0}}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/tasks/" + third).header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.assignee").doesNotExist());
		// a task of another incident is named as the fault
		UUID elsewhere = task(mvc, lead, incident(mvc, lead, "別件"), "別件のタスク", null, false, null, null);
		bulk(lead, incident,
				"{\"taskIds\":[\"" + elsewhere + "\"],\"assigneeKind\":\"USER\",\"assigneeId\":\"" + lead.actor().id()
						+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("taskIds"));

		// the page: tick the third task, choose the lead
		mvc.perform(post("/incidents/" + incident + "/response/assign").with(as(lead))
			.with(csrf())
			.param("taskIds", third.toString())
			.param("versions", third + ":0", first + ":1")
			.param("assignee", "USER:" + lead.actor().id()))
			.andExpect(redirectedUrl("/incidents/" + incident + "/response"));
		mvc.perform(get("/api/v1/tasks/" + third).header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.assignee.id").value(lead.actor().id().toString()));
	}

	@Test
	@DisplayName("GEN-2 after the role plan changes, the unassigned open tasks are previewed with incident number, role name and proposed assignee, and one confirmation assigns them all")
	void rolePlanChangeOffersUnassignedTasks() throws Exception {
		TestUser lead = accounts.create("asg-rp", Role.HANDLER, Role.ADMIN);
		TestUser legal = accounts.create("asg-rpl", Role.MANAGER);
		unstaff(lead, ResponseRole.LEGAL);
		UUID incident = incident(mvc, lead, "体制変更");
		apply(mvc, lead, incident, "RANSOMWARE");
		UUID other = incident(mvc, lead, "体制変更その2");
		apply(mvc, lead, other, "RANSOMWARE");
		String legalTask = legalTask(lead, incident);
		String otherLegalTask = legalTask(lead, other);
		String number = JsonPath
			.read(mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", lead.bearer()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.number");
		events.clear();

		fixture.staff(lead, Map.of(ResponseRole.LEGAL, user(legal)));
		assertThat(events.stream(RolePlanChanged.class)).singleElement()
			.satisfies(e -> assertThat(e.organisation()).isEqualTo(lead.actor().organisation()));
		// the role plan page points to the preview after saving
		mvc.perform(get("/role-plan").with(as(lead)).flashAttr("flash", "rolePlan.saved"))
			.andExpect(content().string(Matchers.containsString("未割当のタスクを役割分担表から割り当てる")))
			.andExpect(content().string(Matchers.containsString("/tasks/assign-from-role-plan")));

		String preview = mvc.perform(get("/api/v1/tasks/assign-from-role-plan").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> mine = JsonPath.read(preview, "$[?(@.taskId == '" + legalTask + "')]");
		assertThat(mine).singleElement().satisfies(p -> {
			assertThat(p.get("incidentNumber")).isEqualTo(number);
			assertThat(JsonPath.<String>read(p, "$.roleName.ja")).isEqualTo(LEGAL_JA);
			assertThat(JsonPath.<String>read(p, "$.assignee.id")).isEqualTo(legal.actor().id().toString());
		});
		mvc.perform(get("/tasks/assign-from-role-plan").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(number)))
			.andExpect(content().string(Matchers.containsString(LEGAL_JA)))
			.andExpect(content().string(Matchers.containsString(legal.actor().displayName())))
			.andExpect(content().string(Matchers.containsString("id=\"confirm\"")));

		// the API confirms one task; the page's button confirms the rest
		mvc.perform(post("/api/v1/tasks/assign-from-role-plan").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"taskIds\":[\"" + legalTask + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].assignee.id").value(legal.actor().id().toString()));
		assertThat(events.stream(TaskAssigned.class).map(TaskAssigned::taskId))
			.containsExactly(UUID.fromString(legalTask));
		mvc.perform(post("/tasks/assign-from-role-plan").with(as(lead)).with(csrf()).param("taskIds", otherLegalTask))
			.andExpect(redirectedUrl("/tasks/assign-from-role-plan"));
		mvc.perform(get("/api/v1/tasks/" + otherLegalTask).header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.assignee.id").value(legal.actor().id().toString()));
		String after = mvc.perform(get("/api/v1/tasks/assign-from-role-plan").header("Authorization", lead.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(after, "$[*].taskId")).doesNotContain(legalTask, otherLegalTask);
	}

	@Test
	@DisplayName("GEN-2 the incident's unassigned tasks are assigned from the role plan in bulk with fromRolePlan")
	void bulkFromRolePlan() throws Exception {
		TestUser lead = accounts.create("asg-bf", Role.HANDLER, Role.ADMIN);
		unstaff(lead, ResponseRole.LEGAL);
		UUID incident = incident(mvc, lead, "一括で役割分担表から");
		apply(mvc, lead, incident, "RANSOMWARE");
		String legal = legalTask(lead, incident);
		Map<String, RolePlanInput.AssigneeInput> everyone = new HashMap<>();
		RolePlanBook.DEFAULT_CODES.forEach(code -> everyone.put(code, user(lead)));
		fixture.staff(lead, everyone);

		bulk(lead, incident, "{\"fromRolePlan\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", Matchers.hasItem(legal)))
			.andExpect(jsonPath("$[*].assignee", Matchers.everyItem(Matchers.notNullValue())));
		assertThat(JsonPath.<List<Object>>read(tasks(mvc, lead, incident), "$[?(@.assignee == null)]")).isEmpty();
	}

	@Test
	@DisplayName("GEN-2 assigning to a deactivated user, a user of another organisation or a vendor without a VENDOR account is refused with 400 naming assigneeId")
	void refusesAssigneesThatCannotTakeTheTask() throws Exception {
		TestUser lead = accounts.create("asg-bad", Role.HANDLER, Role.ADMIN);
		TestUser gone = accounts.create("asg-gone", Role.HANDLER);
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = ?").param(gone.actor().id()).update();
		TestUser foreign = accounts.create("asg-far", Role.HANDLER);
		UUID otherOrganisation = UUID.randomUUID();
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(otherOrganisation, "別組織 " + otherOrganisation)
			.update();
		jdbc.sql("UPDATE app_user SET organisation_id = ? WHERE id = ?")
			.params(otherOrganisation, foreign.actor().id())
			.update();
		UUID lonely = vendors
			.register(lead.actor(),
					new VendorInput("アカウントのないベンダー " + UUID.randomUUID(), "03-0000-0000", "none@vendor.example.jp", null,
							null, null, List.of(new VendorInput.PersonInput("担当", "090", null, null))))
			.id();
		UUID incident = incident(mvc, lead, "割当の誤り");
		UUID task = task(mvc, lead, incident, "確認", null, false, null, null);

		for (String assignee : List.of("\"USER\",\"assigneeId\":\"" + gone.actor().id(),
				"\"USER\",\"assigneeId\":\"" + foreign.actor().id(), "\"VENDOR\",\"assigneeId\":\"" + lonely,
				"\"USER\",\"assigneeId\":\"" + UUID.randomUUID())) {
			change(mvc, lead, task, "{\"version\":0,\"assigneeKind\":" + assignee + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
			bulk(lead, incident, "{\"taskIds\":[\"" + task + "\"],\"assigneeKind\":" + assignee + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
		}
		change(mvc, lead, task, "{\"version\":0,\"assigneeKind\":\"VENDOR\",\"assigneeId\":\"" + lonely + "\"}")
			.andExpect(jsonPath("$.errors[0].message", Matchers.containsString("VENDOR アカウント")));
		change(mvc, lead, task, "{\"version\":0,\"assigneeId\":\"" + lead.actor().id() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeKind"));
		mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.assignee").doesNotExist());
		// the pickers do not offer them
		mvc.perform(get("/api/v1/tasks/assignees").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.users[*].id", Matchers.hasItem(lead.actor().id().toString())))
			.andExpect(jsonPath("$.users[*].id", Matchers.not(Matchers.hasItem(gone.actor().id().toString()))))
			.andExpect(jsonPath("$.users[*].id", Matchers.not(Matchers.hasItem(foreign.actor().id().toString()))))
			.andExpect(jsonPath("$.vendors[*].id", Matchers.not(Matchers.hasItem(lonely.toString()))));
	}

	@Test
	@DisplayName("GEN-2 two people assigning the same task at once: one wins, the other gets 409")
	void concurrentAssignmentsOneWins() throws Exception {
		TestUser lead = accounts.create("asg-race", Role.HANDLER, Role.ADMIN);
		TestUser a = accounts.create("asg-ra", Role.HANDLER);
		TestUser b = accounts.create("asg-rb", Role.HANDLER);
		UUID incident = incident(mvc, lead, "同時の割当");
		for (int round = 0; round < 3; round++) {
			UUID task = task(mvc, lead, incident, "同時に割り当てるタスク " + round, null, false, null, null);
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Integer>> outcomes = new ArrayList<>();
			try {
				for (TestUser assignee : List.of(a, b)) {
					outcomes.add(pool.submit(() -> {
						start.await();
						return change(mvc, lead, task, "{\"version\":0,\"assigneeKind\":\"USER\",\"assigneeId\":\""
								+ assignee.actor().id() + "\"}")
							.andReturn()
							.getResponse()
							.getStatus();
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> outcome : outcomes) {
					statuses.add(outcome.get(60, TimeUnit.SECONDS));
				}
				assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			}
			finally {
				pool.shutdown();
			}
			mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", lead.bearer()))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.assignee.id",
						Matchers.oneOf(a.actor().id().toString(), b.actor().id().toString())));
		}
	}

	@Test
	@DisplayName("RES-1 GEN-2 a vendor sees the tasks given to its vendor in its own task list and on /tasks")
	void vendorSeesItsTasks() throws Exception {
		TestUser lead = accounts.create("asg-v", Role.HANDLER, Role.ADMIN);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "asg-vv");
		ResponseFixture.Vendor stranger = fixture.vendor(lead, "asg-vs");
		UUID incident = incident(mvc, lead, "ベンダーのタスク");
		UUID mine = task(mvc, lead, incident, "バックアップの確認", null, false, null, null);
		UUID theirs = task(mvc, lead, incident, "他社の作業", null, false, AssigneeKind.VENDOR, stranger.id());
		bulk(lead, incident,
				"{\"taskIds\":[\"" + mine + "\"],\"assigneeKind\":\"VENDOR\",\"assigneeId\":\"" + vendor.id() + "\"}")
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/tasks").header("Authorization", vendor.user().bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", Matchers.hasItem(mine.toString())))
			.andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem(theirs.toString()))));
		mvc.perform(get("/tasks").with(as(vendor.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("バックアップの確認")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("他社の作業"))));
		mvc.perform(get("/tasks/" + mine).with(as(vendor.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"assign\""))));
	}

	private ResultActions bulk(TestUser user, UUID incident, String json) throws Exception {
		return mvc
			.perform(post("/api/v1/incidents/" + incident + "/tasks/assign").header("Authorization", user.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private String legalTask(TestUser lead, UUID incident) throws Exception {
		List<String> ids = JsonPath.read(tasks(mvc, lead, incident), "$[?(@.role == 'LEGAL')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private List<String> timeline(TestUser lead, UUID incident) throws Exception {
		return timeline(lead, incident, "ja");
	}

	private List<String> timeline(TestUser lead, UUID incident, String language) throws Exception {
		String body = mvc
			.perform(get("/api/v1/incidents/" + incident + "/timeline").header("Authorization", lead.bearer())
				.header("Accept-Language", language)
				.param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].text");
	}

	/** Leaves the role without primary and deputies. */
	private void unstaff(TestUser admin, String role) {
		Map<String, RolePlanInput.AssigneeInput> plan = new HashMap<>();
		plan.put(role, null);
		fixture.staff(admin, plan);
	}

	/** Staffs the role with a deputy only (the primary left empty). */
	private void staffDeputyOnly(TestUser admin, String code, RolePlanInput.AssigneeInput deputy) {
		RolePlanView plan = plans.plan(admin.actor().organisation());
		List<RolePlanInput.RoleInput> roles = new ArrayList<>();
		for (ResponseRole r : plan.roles()) {
			boolean target = r.code().equals(code);
			roles.add(new RolePlanInput.RoleInput(r.code(), r.name().ja(), r.name().en(), r.sortOrder(),
					target ? null : member(r.primary()),
					target ? List.of(deputy) : r.deputies().stream().map(TaskAssignmentTests::member).toList()));
		}
		plans.replace(admin.actor(), new RolePlanInput(roles, plan.matrix(), null));
	}

	private static RolePlanInput.AssigneeInput member(Assignee a) {
		return a == null ? null : new RolePlanInput.AssigneeInput(a.kind(), a.id());
	}

}
