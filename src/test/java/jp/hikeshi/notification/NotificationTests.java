package jp.hikeshi.notification;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.directory.RolePlanView;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.maintenance.AnomalyFound;
import jp.hikeshi.notification.internal.TaskDueReminders;
import jp.hikeshi.reporting.LegalDeadlineDue;
import jp.hikeshi.response.NewTask;
import jp.hikeshi.response.TaskDesk;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

@WebTest
class NotificationTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RolePlanBook plans;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	TaskDesk tasks;

	@Autowired
	TaskDueReminders reminders;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	@DisplayName("DET-1 a new report tells the desk (窓口) in-app and by e-mail, each in the reader's language")
	void newReportTellsTheDesk() throws Exception {
		TestUser admin = accounts.create("ntfadm", Role.ADMIN, Role.HANDLER);
		TestUser desk = accounts.create("ntfdesk", Locale.ENGLISH, Role.HANDLER);
		TestUser deputy = accounts.create("ntfdep", Role.HANDLER);
		withRoles(admin, Map.of(ResponseRole.CONTACT, List.of(desk, deputy)), () -> {
			TestUser reporter = accounts.create("ntfrep", Role.REPORTER);
			UUID report = file(reporter, "受付 PC に身代金要求の画面");
			String number = jdbc.sql("SELECT number FROM report WHERE id = ?")
				.param(report)
				.query(String.class)
				.single();

			awaitNotice(desk, "REPORT_FILED", "/reports/" + report);
			mvc.perform(get("/api/v1/notifications").header("Authorization", desk.bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].kind").value("REPORT_FILED"))
				.andExpect(jsonPath("$.items[0].text").value(Matchers.startsWith("New report " + number)))
				.andExpect(jsonPath("$.items[0].read").value(false))
				.andExpect(jsonPath("$.items[0].link").value("/reports/" + report));
			awaitNotice(deputy, "REPORT_FILED", "/reports/" + report);
			assertThat(mail("notice:desk:report_filed:" + report + ":" + desk.username() + "@example.jp"))
				.containsEntry("language", "en")
				.satisfies(m -> assertThat((String) m.get("subject")).startsWith("[Hikeshi] New report"));
			assertThat(mail("notice:desk:report_filed:" + report + ":" + deputy.username() + "@example.jp"))
				.containsEntry("language", "ja")
				.satisfies(m -> assertThat((String) m.get("subject")).startsWith("【Hikeshi】新しい通報"));
			assertThat(notices(reporter)).as("the reporter is not the desk").isEmpty();
		});
	}

	@Test
	@DisplayName("DET-2 a maintenance anomaly tells the desk; while the desk is unstaffed the handlers are told instead")
	void anomalyTellsTheDeskOrTheHandlers() throws Exception {
		TestUser admin = accounts.create("ntfadm2", Role.ADMIN, Role.HANDLER);
		// sorts first among the handlers, which the fallback takes by name
		TestUser handler = accounts.create("000ntfh", Role.HANDLER);
		withRoles(admin, Map.of(ResponseRole.CONTACT, List.of()), () -> {
			UUID report = file(handler, "夜間バックアップの失敗が続いている");
			transaction.executeWithoutResult(tx -> events.publishEvent(new AnomalyFound(handler.actor().organisation(),
					UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), report)));
			awaitNotice(handler, "REPORT_FILED", "/reports/" + report);
			awaitNotice(handler, "ANOMALY_FOUND", "/reports/" + report);
			assertThat(mail("notice:desk:anomaly_found:" + report + ":" + handler.username() + "@example.jp"))
				.isNotNull();
		});
	}

	@Test
	@DisplayName("RES-1 a task given to a user tells the user in-app and by e-mail in the user's language; the settings turn e-mail off")
	void assignedTaskTellsTheAssignee() throws Exception {
		TestUser lead = accounts.create("ntflead", Role.HANDLER, Role.ADMIN);
		TestUser assignee = accounts.create("ntfasg", Locale.ENGLISH, Role.HANDLER);
		UUID incident = incident(lead, null);
		UUID task = task(lead, incident, "ログを保全する", AssigneeKind.USER, assignee.actor().id(), null);

		awaitNotice(assignee, "TASK_ASSIGNED", "/tasks/" + task);
		assertThat(mail(
				"notice:assigned:" + task + ":" + assignee.actor().id() + ":" + assignee.username() + "@example.jp"))
			.containsEntry("language", "en")
			.containsEntry("purpose", "NOTICE")
			.satisfies(m -> assertThat((String) m.get("body")).contains("/tasks/" + task));

		mvc.perform(put("/api/v1/notifications/settings").header("Authorization", assignee.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"byMail\":[\"REPORT_FILED\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hasAddress").value(true))
			.andExpect(jsonPath("$.byMail", Matchers.contains("REPORT_FILED")));
		UUID second = task(lead, incident, "端末を隔離する", AssigneeKind.USER, assignee.actor().id(), null);
		awaitNotice(assignee, "TASK_ASSIGNED", "/tasks/" + second);
		assertThat(mails("notice:assigned:" + second + ":%")).as("e-mail turned off").isZero();
		mvc.perform(get("/api/v1/notifications/settings").header("Authorization", assignee.bearer()))
			.andExpect(jsonPath("$.byMail", Matchers.contains("REPORT_FILED")));
	}

	@Test
	@DisplayName("RES-1 a vendor gets its request by e-mail with a link, its accounts in-app; the vendor's answer goes back to the one who gave the task and the commander")
	void vendorRequestAndAnswer() throws Exception {
		TestUser lead = accounts.create("ntfvl", Role.HANDLER, Role.ADMIN);
		TestUser commander = accounts.create("ntfcmd", Role.HANDLER);
		TestUser account = accounts.create("ntfven", Role.VENDOR);
		String prefix = "ntfv" + UUID.randomUUID().toString().substring(0, 6);
		UUID vendor = vendors
			.register(lead.actor(),
					new VendorInput("保守 " + prefix, "03-0000-0000", prefix + "@vendor.example.jp", null, null, null,
							List.of(new VendorInput.PersonInput("担当", null, null, account.actor().id()))))
			.id();
		UUID incident = incident(lead, commander);
		UUID task = task(lead, incident, "ファイアウォールのログを提出", AssigneeKind.VENDOR, vendor, null);

		awaitNotice(account, "TASK_ASSIGNED", "/tasks/" + task);
		Map<String, Object> request = await().atMost(WAIT)
			.until(() -> mailOrNull("request:" + task + ":" + vendor + ":" + prefix + "@vendor.example.jp"),
					m -> m != null);
		assertThat((String) request.get("body")).contains("/tasks/" + task);
		assertThat(mails("notice:assigned:" + task + ":%")).as("the request mail, not a second notice").isZero();

		mvc.perform(post("/api/v1/tasks/" + task + "/answers").header("Authorization", account.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"ログを添付します\"}")).andExpect(status().isCreated());
		awaitNotice(lead, "REQUEST_ANSWERED", "/tasks/" + task);
		awaitNotice(commander, "REQUEST_ANSWERED", "/tasks/" + task);
		assertThat(notices(account)).extracting(n -> n.get("kind")).containsExactly("TASK_ASSIGNED");
	}

	@Test
	@DisplayName("RES-1 a task due within 24 hours reminds its assignee and the commander once; an overdue one reminds the assignee and escalates to the commander once")
	void dueAndOverdueRemindOnce() throws Exception {
		TestUser lead = accounts.create("ntfdl", Role.HANDLER, Role.ADMIN);
		TestUser commander = accounts.create("ntfdc", Role.HANDLER);
		TestUser assignee = accounts.create("ntfda", Role.HANDLER);
		UUID incident = incident(lead, commander);
		Instant now = Instant.now();
		UUID soon = task(lead, incident, "証拠を保全する", AssigneeKind.USER, assignee.actor().id(),
				now.plus(Duration.ofHours(3)));
		UUID late = task(lead, incident, "ベンダーに連絡する", AssigneeKind.USER, assignee.actor().id(),
				now.minus(Duration.ofHours(2)));
		UUID later = task(lead, incident, "まだ先の作業", AssigneeKind.USER, assignee.actor().id(),
				now.plus(Duration.ofDays(3)));

		reminders.remind();
		reminders.remind();

		assertThat(count(assignee, "TASK_DUE_SOON", "/tasks/" + soon)).isEqualTo(1);
		assertThat(count(commander, "TASK_DUE_SOON", "/tasks/" + soon)).isEqualTo(1);
		assertThat(count(assignee, "TASK_OVERDUE", "/tasks/" + late)).isEqualTo(1);
		assertThat(count(commander, "TASK_ESCALATED", "/tasks/" + late)).isEqualTo(1);
		assertThat(count(commander, "TASK_OVERDUE", "/tasks/" + late)).as("the commander gets the escalation").isZero();
		assertThat(count(assignee, "TASK_DUE_SOON", "/tasks/" + later)).isZero();
		assertThat(mails("notice:task_overdue:" + late + ":%")).isEqualTo(1);
		assertThat(mails("notice:task_escalated:" + late + ":%")).isEqualTo(1);
		assertThat(mails("notice:task_due_soon:" + soon + ":%")).isEqualTo(2);

		// the task lists mark the overdue task
		mvc.perform(get("/incidents/" + incident + "/response").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("期限切れ")));
	}

	@Test
	@DisplayName("REP-5 REP-3 a legal deadline that warns or passes tells the commander and the legal role in-app, without a second e-mail")
	void legalDeadlineTellsCommanderAndLegalRole() throws Exception {
		TestUser admin = accounts.create("ntfla", Role.ADMIN, Role.HANDLER);
		TestUser commander = accounts.create("ntflc", Role.HANDLER);
		TestUser legal = accounts.create("ntfll", Locale.ENGLISH, Role.MANAGER);
		withRoles(admin, Map.of(ResponseRole.LEGAL, List.of(legal)), () -> {
			UUID incident = incident(admin, commander);
			Instant due = Instant.now().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
			transaction.executeWithoutResult(tx -> events.publishEvent(
					new LegalDeadlineDue(admin.actor().organisation(), incident, "PPC_PRELIMINARY", due, false)));
			transaction.executeWithoutResult(tx -> events.publishEvent(
					new LegalDeadlineDue(admin.actor().organisation(), incident, "PPC_PRELIMINARY", due, true)));
			String link = "/incidents/" + incident + "/reporting";
			awaitNotice(commander, "LEGAL_DEADLINE_WARN", link);
			awaitNotice(commander, "LEGAL_DEADLINE_OVERDUE", link);
			awaitNotice(legal, "LEGAL_DEADLINE_OVERDUE", link);
			mvc.perform(get("/api/v1/notifications").header("Authorization", legal.bearer()))
				.andExpect(jsonPath("$.items[*].text", Matchers.hasItem(Matchers.containsString("is overdue"))));
			assertThat(mails("notice:legal:" + incident + ":%")).isZero();
		});
	}

	@Test
	@DisplayName("RES-1 notifications are marked read one by one or all at once; another user's is not found; the header shows the unread count")
	void readAndUnread() throws Exception {
		TestUser lead = accounts.create("ntfrl", Role.HANDLER, Role.ADMIN);
		TestUser me = accounts.create("ntfme", Role.HANDLER);
		TestUser other = accounts.create("ntfot", Role.HANDLER);
		UUID incident = incident(lead, null);
		for (String title : List.of("一つ目", "二つ目", "三つ目")) {
			task(lead, incident, title, AssigneeKind.USER, me.actor().id(), null);
		}
		await().atMost(WAIT).until(() -> notices(me).size() == 3);

		mvc.perform(get("/notifications").with(as(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"unread-count\" class=\"badge\">3<")))
			.andExpect(content().string(Matchers.containsString("三つ目")))
			.andExpect(content().string(Matchers.containsString("たった今")));
		String newest = JsonPath
			.read(mvc.perform(get("/api/v1/notifications").param("size", "1").header("Authorization", me.bearer()))
				.andExpect(jsonPath("$.totalItems").value(3))
				.andExpect(jsonPath("$.items.length()").value(1))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].id");

		mvc.perform(post("/api/v1/notifications/" + newest + "/read").header("Authorization", other.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/" + newest + "/read").header("Authorization", me.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/notifications").header("Authorization", me.bearer()))
			.andExpect(jsonPath("$.items[0].read").value(true))
			.andExpect(jsonPath("$.items[1].read").value(false));
		mvc.perform(get("/notifications").with(as(me)))
			.andExpect(content().string(Matchers.containsString("id=\"unread-count\" class=\"badge\">2<")));

		mvc.perform(post("/notifications/read-all").with(as(me))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/notifications").header("Authorization", me.bearer()))
			.andExpect(jsonPath("$.items[*].read", Matchers.everyItem(Matchers.is(true))));
		mvc.perform(get("/notifications").with(as(me)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"unread-count\""))));
		mvc.perform(get("/notifications/settings").with(as(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("タスクの割り当て")));
		mvc.perform(post("/notifications/settings").param("byMail", "TASK_OVERDUE")
			.with(as(me))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/notifications/settings").header("Authorization", me.bearer()))
			.andExpect(jsonPath("$.byMail", Matchers.contains("TASK_OVERDUE")));
	}

	interface Body {

		void run() throws Exception;

	}

	/** Staffs the roles for the body and puts the shared plan back afterwards. */
	void withRoles(TestUser admin, Map<String, List<TestUser>> staff, Body body) throws Exception {
		RolePlanView before = plans.plan(admin.actor().organisation());
		plans.replace(admin.actor(), plan(before, staff));
		try {
			body.run();
		}
		finally {
			plans.replace(admin.actor(), new RolePlanInput(inputs(before, null), before.matrix(), null));
		}
	}

	RolePlanInput plan(RolePlanView plan, Map<String, List<TestUser>> staff) {
		return new RolePlanInput(inputs(plan, staff), plan.matrix(), null);
	}

	static List<RolePlanInput.RoleInput> inputs(RolePlanView plan, Map<String, List<TestUser>> staff) {
		List<RolePlanInput.RoleInput> roles = new ArrayList<>();
		for (ResponseRole r : plan.roles()) {
			if (staff != null && staff.containsKey(r.code())) {
				List<RolePlanInput.AssigneeInput> members = staff.get(r.code())
					.stream()
					.map(u -> new RolePlanInput.AssigneeInput(AssigneeKind.USER, u.actor().id()))
					.toList();
				roles.add(new RolePlanInput.RoleInput(r.code(), r.name().ja(), r.name().en(), r.sortOrder(),
						members.isEmpty() ? null : members.get(0),
						members.isEmpty() ? List.of() : members.subList(1, members.size())));
			}
			else {
				roles.add(new RolePlanInput.RoleInput(r.code(), r.name().ja(), r.name().en(), r.sortOrder(),
						input(r.primary()), r.deputies().stream().map(NotificationTests::input).toList()));
			}
		}
		return roles;
	}

	static RolePlanInput.AssigneeInput input(Assignee a) {
		return a == null ? null : new RolePlanInput.AssigneeInput(a.kind(), a.id());
	}

	UUID file(TestUser by, String summary) throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").header("Authorization", by.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"鈴木 一郎","reporterContact":"内線 123",
								 "occurrencePrecision":"UNKNOWN","detectionPlace":"受付","category":"MALWARE","channel":"PHONE","summary":"%s"}"""
							.formatted(summary)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	UUID incident(TestUser lead, TestUser commander) {
		return incidents
			.open(lead.actor(),
					NewIncident
						.of("通知の確認 " + UUID.randomUUID().toString().substring(0, 6), "MALWARE", Urgency.HIGH,
								"SIGNIFICANT")
						.withCommander(commander == null ? null : commander.actor().id()),
					null)
			.id();
	}

	UUID task(TestUser lead, UUID incident, String title, AssigneeKind kind, UUID assignee, Instant due) {
		return tasks
			.create(lead.actor(), incident,
					NewTask.of(IncidentProcess.RESPONSE, title)
						.withRequirement("RES-1")
						.withAssigneeKind(kind)
						.withAssignee(assignee)
						.withDue(due)
						.withMandatory(false))
			.id();
	}

	void awaitNotice(TestUser reader, String kind, String link) {
		await().atMost(WAIT).until(() -> count(reader, kind, link) == 1);
	}

	long count(TestUser reader, String kind, String link) {
		return jdbc.sql("SELECT COUNT(*) FROM inbox_notice WHERE recipient_id = ? AND kind = ? AND link = ?")
			.params(reader.actor().id(), kind, link)
			.query(Long.class)
			.single();
	}

	List<Map<String, Object>> notices(TestUser reader) {
		return jdbc.sql("SELECT kind, link FROM inbox_notice WHERE recipient_id = ?")
			.param(reader.actor().id())
			.query()
			.listOfRows();
	}

	Map<String, Object> mail(String dedupeKey) {
		return await().atMost(WAIT).until(() -> mailOrNull(dedupeKey), m -> m != null);
	}

	Map<String, Object> mailOrNull(String dedupeKey) {
		return jdbc.sql("SELECT language, purpose, subject, body FROM mail_outbox WHERE dedupe_key = ?")
			.param(dedupeKey)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.map(m -> {
				Map<String, Object> lower = new java.util.HashMap<>();
				m.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
				return lower;
			})
			.orElse(null);
	}

	long mails(String dedupePattern) {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE ?")
			.param(dedupePattern)
			.query(Long.class)
			.single();
	}

}
