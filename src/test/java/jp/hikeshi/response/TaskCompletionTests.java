package jp.hikeshi.response;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Role;
import jp.hikeshi.remediation.ContainmentChanged;
import jp.hikeshi.remediation.ContainmentDesk;
import jp.hikeshi.remediation.ContainmentKind;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.ContainmentView;
import jp.hikeshi.remediation.NewContainmentAction;
import jp.hikeshi.remediation.NewRecoveryItem;
import jp.hikeshi.remediation.RecoveryChange;
import jp.hikeshi.remediation.RecoveryDesk;
import jp.hikeshi.remediation.RecoveryMethod;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.remediation.RecoveryView;
import jp.hikeshi.remediation.StepChange;
import jp.hikeshi.remediation.VerificationResult;
import jp.hikeshi.reporting.NotificationCancelled;
import jp.hikeshi.reporting.NotificationInput;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.RansomStance;
import jp.hikeshi.reporting.RecipientKind;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.hamcrest.Matchers;

import com.jayway.jsonpath.JsonPath;

@WebTest
class TaskCompletionTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ResponseFixture fixture;

	@Autowired
	TaskDesk desk;

	@Autowired
	ContainmentDesk containment;

	@Autowired
	RecoveryDesk recovery;

	@Autowired
	NotificationPlan notifications;

	@Autowired
	RansomStance ransom;

	@Autowired
	EvidenceLocker evidence;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	TestUser lead;

	UUID incident;

	@BeforeEach
	void ransomwareIncident() throws Exception {
		lead = accounts.create("done", Role.HANDLER, Role.ADMIN);
		incident = ResponseFixture.incident(mvc, lead, "ランサムウェア感染 " + UUID.randomUUID());
	}

	@Test
	@DisplayName("RES-3 verifying the isolation completes the isolate task with a link and one log line; lifting it re-opens the task")
	void containmentVerifiedCompletesTheIsolateTaskAndLiftedReopensIt() throws Exception {
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		assertThat(task("isolate").completion().work()).isEqualTo("CONTAINMENT");
		ContainmentView action = containment.request(lead.actor(), incident, new NewContainmentAction(
				ContainmentKind.ISOLATE_DEVICE, null, null, "受付PC-03", "通報者 山田", null, null, null, null, null));
		action = containment.step(lead.actor(), action.id(),
				new StepChange(ContainmentStep.APPLIED, null, null, action.version()));
		action = containment.step(lead.actor(), action.id(),
				new StepChange(ContainmentStep.VERIFIED, null, null, action.version()));
		UUID actionId = action.id();

		await().atMost(WAIT).untilAsserted(() -> assertThat(task("isolate").status()).isEqualTo(TaskStatus.DONE));
		TaskView isolate = task("isolate");
		assertThat(isolate.completion().recordKind()).isEqualTo("CONTAINMENT");
		assertThat(isolate.completion().recordId()).isEqualTo(actionId);
		assertThat(isolate.completion().link(incident)).isEqualTo("/incidents/" + incident + "/remediation");
		assertThat(lines("%タスク「感染端末の隔離を通報者へ依頼」は応急処置（端末の隔離）の確認により完了%")).isEqualTo(1);
		// the line is kept as its message key: the stored text is the Japanese alone,
		// each reader sees their own language
		assertThat(lines("% / %")).isZero();
		assertThat(shown("en"))
			.anySatisfy(t -> assertThat(t).startsWith(
					"Task \"Ask the reporter to isolate the infected devices\" completed by the first aid verified ("))
			.noneMatch(t -> t.contains("タスク「") || t.contains("応急処置"));
		assertThat(shown("ja")).contains("タスク「感染端末の隔離を通報者へ依頼」は応急処置（端末の隔離）の確認により完了")
			.noneMatch(t -> t.contains("Task \""));
		assertThat(task("remove-cause").status()).isEqualTo(TaskStatus.TODO);
		mvc.perform(get("/tasks/" + isolate.id()).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/incidents/" + incident + "/remediation")))
			.andExpect(content().string(Matchers.containsString("記録により完了")));
		mvc.perform(get("/incidents/" + incident + "/response").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("class=\"completed-by hint\"")));

		// the same event handled again (a resubmission) completes nothing twice
		inTransaction(() -> events.publishEvent(new ContainmentChanged(lead.actor().organisation(), incident, actionId,
				ContainmentKind.ISOLATE_DEVICE, ContainmentStep.VERIFIED)));
		awaitHandled(actionId);
		assertThat(lines("%により完了%")).isEqualTo(1);

		containment.step(lead.actor(), actionId,
				new StepChange(ContainmentStep.LIFTED, "誤って解除", null, action.version()));
		await().atMost(WAIT).untilAsserted(() -> assertThat(task("isolate").status()).isEqualTo(TaskStatus.TODO));
		assertThat(task("isolate").completion().byRecord()).isFalse();
		assertThat(lines("%タスク「感染端末の隔離を通報者へ依頼」は応急処置（端末の隔離）の解除により再開%")).isEqualTo(1);
	}

	@Test
	@DisplayName("RES-4 restoring completes the restore task and the verified check completes the recovery check")
	void recoveryVerifiedCompletesTheRecoveryCheck() {
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		RecoveryView item = recovery.plan(lead.actor(), incident,
				new NewRecoveryItem(null, "ファイルサーバ", "バックアップから復元", null, null, null, null, null, null));
		item = recovery.step(lead.actor(), item.id(), change(RecoveryStage.IN_PROGRESS, null, item.version()));
		item = recovery.step(lead.actor(), item.id(), change(RecoveryStage.RESTORED, null, item.version()));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(task("restore-from-backups").status()).isEqualTo(TaskStatus.DONE));
		assertThat(task("recovery-check").status()).isEqualTo(TaskStatus.TODO);

		recovery.step(lead.actor(), item.id(), change(RecoveryStage.VERIFIED, VerificationResult.OK, item.version()));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(task("recovery-check").status()).isEqualTo(TaskStatus.DONE));
		assertThat(task("recovery-check").completion().recordId()).isEqualTo(item.id());
		assertThat(lines("%タスク「復旧したシステムが正常に機能していることの確認」は復旧確認により完了%")).isEqualTo(1);
	}

	@Test
	@DisplayName("REP-3 REP-5 sending the PPC preliminary report completes its task, cancelling it re-opens it; the ransom stance completes its task")
	void ppcPreliminarySentCompletesTheTask() {
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		NotificationView drafted = notifications.add(lead.actor(), incident,
				NotificationInput.to(RecipientKind.PPC_PRELIMINARY)
					.inLanguage("ja")
					.withSubject("速報")
					.withContent("速報の本文"));
		assertThat(task("privacy-report").status()).isEqualTo(TaskStatus.TODO);
		NotificationView sent = notifications.send(lead.actor(), incident, drafted.id(), drafted.version());
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(task("privacy-report").status()).isEqualTo(TaskStatus.DONE));
		assertThat(task("privacy-report").completion().link(incident))
			.isEqualTo("/incidents/" + incident + "/notifications/" + sent.id());
		assertThat(lines("%は通知・報告（個人情報保護委員会（速報））の送付により完了%")).isEqualTo(1);

		// no screen withdraws a sent notification yet; the event says what a withdrawal
		// will do
		inTransaction(() -> events.publishEvent(new NotificationCancelled(lead.actor().organisation(), incident,
				sent.id(), RecipientKind.PPC_PRELIMINARY)));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(task("privacy-report").status()).isEqualTo(TaskStatus.TODO));
		assertThat(lines("%は通知・報告（個人情報保護委員会（速報））の取り消しにより再開%")).isEqualTo(1);

		ransom.confirm(lead.actor(), incident, "支払わない");
		await().atMost(WAIT).untilAsserted(() -> assertThat(task("no-ransom").status()).isEqualTo(TaskStatus.DONE));
	}

	@Test
	@DisplayName("RES-1 a vendor's answer leaves its request answered for review and answers the handler's ask-the-vendor task")
	void vendorAnswerLeavesTasksAnswered() throws Exception {
		Map<String, RolePlanInput.AssigneeInput> unstaffed = new HashMap<>();
		unstaffed.put("VENDOR", null);
		fixture.staff(lead, unstaffed);
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		assertThat(task("investigate").assignee()).isNull();
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "ans");
		UUID request = ResponseFixture.task(mvc, lead, incident, "侵入経路の調査を依頼", "RES-1", true, AssigneeKind.VENDOR,
				vendor.id());

		mvc.perform(post("/api/v1/tasks/" + request + "/answers").header("Authorization", vendor.user().bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"VPN 機器から侵入\"}")).andExpect(status().isCreated());
		assertThat(desk.get(lead.actor(), request).status()).isEqualTo(TaskStatus.ANSWERED);
		assertThat(desk.get(lead.actor(), request).status().open()).isTrue();
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(task("investigate").status()).isEqualTo(TaskStatus.ANSWERED));
		assertThat(task("investigate").completion().link(incident)).isEqualTo("/tasks/" + request + "#answers");
		assertThat(lines("%はベンダーの回答により回答済み%")).isEqualTo(1);
		mvc.perform(get("/tasks/" + request).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("回答済み")));
	}

	@Test
	@DisplayName("RES-2 a memory image collected for the incident completes the evidence task; another kind does not")
	void evidenceCollectedCompletesTheEvidenceTask() {
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		evidence.register(lead.actor(), incident,
				NewEvidence.of(EvidenceKind.DISK_IMAGE, "ディスクイメージ").withSha256("c".repeat(64)), null);
		EvidenceView memory = evidence.register(lead.actor(), incident,
				NewEvidence.of(EvidenceKind.MEMORY_IMAGE, "メモリイメージ").withSha256("d".repeat(64)), null);
		await().atMost(WAIT).untilAsserted(() -> assertThat(task("evidence").status()).isEqualTo(TaskStatus.DONE));
		assertThat(task("evidence").completion().recordId()).isEqualTo(memory.id());
		assertThat(task("evidence").completion().link(incident)).isEqualTo("/evidence/" + memory.id());
	}

	@Test
	@DisplayName("GEN-3 work recorded before the playbook is applied completes its tasks when it is applied")
	void workRecordedBeforeApplyingCompletesTheNewTasks() {
		ransom.confirm(lead.actor(), incident, null);
		awaitHandled(incident);
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		await().atMost(WAIT).untilAsserted(() -> assertThat(task("no-ransom").status()).isEqualTo(TaskStatus.DONE));
	}

	@Test
	@DisplayName("TRI-2 GEN-3 a report triaged as an incident completes the decision task of the playbook applied afterwards")
	void triageDecidedCompletesTheDecisionTask() throws Exception {
		String report = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/v1/reports").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"受付","reporterContact":"内線 100",
						 "category":"RANSOMWARE","channel":"PHONE","summary":"身代金要求の画面"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String triaged = mvc
			.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decision":"INCIDENT","reason":"暗号化を確認","urgency":"HIGH","severity":"SIGNIFICANT"}"""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		incident = UUID.fromString(com.jayway.jsonpath.JsonPath.read(triaged, "$.incidentId"));
		awaitHandled(UUID.fromString(report));
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		mvc.perform(get("/tasks/" + task("recovery-check").id()).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("次の記録で自動的に完了します: 復旧確認")));
		await().atMost(WAIT).untilAsserted(() -> assertThat(task("decide").status()).isEqualTo(TaskStatus.DONE));
		assertThat(task("decide").completion().link(incident)).isEqualTo("/reports/" + report + "/triage");
		assertThat(lines("%はトリアージの判断により完了%")).isEqualTo(1);
	}

	TaskView task(String key) {
		return desk.forIncident(lead.actor(), incident)
			.stream()
			.filter(t -> key.equals(t.key()))
			.findFirst()
			.orElseThrow();
	}

	long lines(String like) {
		return jdbc.sql("SELECT COUNT(*) FROM incident_timeline WHERE incident_id = ? AND text LIKE ?")
			.params(incident, like)
			.query(Long.class)
			.single();
	}

	/** The handling log as the API gives it in the language asked for. */
	List<String> shown(String language) throws Exception {
		String body = mvc
			.perform(get("/api/v1/incidents/" + incident + "/timeline").param("kind", "LOG")
				.param("size", "100")
				.header("Authorization", lead.bearer())
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].text");
	}

	void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	/**
	 * Waits until no publication naming the record is left for the response module's
	 * listeners.
	 */
	void awaitHandled(UUID record) {
		await().atMost(WAIT)
			.until(() -> jdbc
				.sql("""
						SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%WorkListener%' AND completion_date IS NULL
						  AND serialized_event LIKE ?""")
				.param("%" + record + "%")
				.query(Long.class)
				.single() == 0);
	}

	static RecoveryChange change(RecoveryStage step, VerificationResult result, long version) {
		return new RecoveryChange(step, result, null, null, "保守ベンダー", RecoveryMethod.RESTORE_FROM_BACKUP, null, null,
				null, version);
	}

}
