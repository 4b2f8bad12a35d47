package jp.hikeshi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.remediation.ContainmentChanged;
import jp.hikeshi.remediation.ContainmentKind;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.NewRecoveryItem;
import jp.hikeshi.remediation.RecoveryChange;
import jp.hikeshi.remediation.RecoveryChanged;
import jp.hikeshi.remediation.RecoveryDesk;
import jp.hikeshi.remediation.RecoveryMethod;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.remediation.RecoveryView;
import jp.hikeshi.remediation.VerificationResult;
import jp.hikeshi.reporting.NotificationDrafted;
import jp.hikeshi.reporting.NotificationInput;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.RecipientKind;
import jp.hikeshi.response.NewTask;
import jp.hikeshi.response.TaskAssigned;
import jp.hikeshi.response.TaskChanges;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.response.TaskStatusChanged;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.triage.TriageDecided;
import jp.hikeshi.triage.TriageOutcome;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * The process lanes follow the work (GEN-1). Events whose publishers arrive in other
 * branches are published here the way their modules do it: inside the transaction of the
 * work, so that the listeners run after its commit.
 */
@WebTest
class LaneProgressTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	@Autowired
	TaskDesk tasks;

	@Autowired
	RecoveryDesk recovery;

	@Autowired
	NotificationPlan notifications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	TestUser handler;

	OrganisationId org;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("lanes", Role.HANDLER);
		org = handler.actor().organisation();
		incident = open("レーンの自動進行");
		awaitQuiet();
	}

	@Test
	@DisplayName("GEN-1 the first containment action moves incident response to in progress, once, with a log line kept as a message key and a system audit entry")
	void movesResponseToInProgressOnTheFirstContainmentAction() {
		assertThat(lane(IncidentProcess.RESPONSE)).isEqualTo(ProcessState.NOT_STARTED);

		publish(containment(ContainmentStep.REQUESTED));

		awaitLane(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS);
		// the same event again, and the next steps of the same work, change nothing more
		publish(containment(ContainmentStep.REQUESTED));
		publish(containment(ContainmentStep.APPLIED));
		awaitQuiet();
		List<String> lines = advances();
		assertThat(lines).hasSize(1);
		// stored as its message key; the text column keeps the Japanese alone, the
		// English is rendered for English readers
		assertThat(lines.get(0)).isEqualTo("「インシデントレスポンス」を自動で 未着手 → 対応中 にしました（応急処置の記録）");
		await().atMost(WAIT)
			.until(() -> jdbc
				.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'INCIDENT_PROCESS_ADVANCED'"
						+ " AND object_id = ? AND actor = 'system' AND actor_id IS NULL")
				.param(incident.toString())
				.query(Long.class)
				.single() == 1);
	}

	@Test
	@DisplayName("GEN-1 recovery work, a task started and a request to a vendor each move their lane to in progress")
	void movesLanesToInProgressOnRecoveryTasksAndVendorRequests() {
		publish(new RecoveryChanged(org, incident, UUID.randomUUID(), RecoveryStage.PLANNED));
		awaitLane(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS);

		UUID other = open("タスクの着手");
		publish(new TaskStatusChanged(org, other, UUID.randomUUID(), "RESPONSE", TaskStatus.TODO,
				TaskStatus.IN_PROGRESS));
		await().atMost(WAIT)
			.until(() -> incidentQueries.get(handler.actor(), other)
				.processes()
				.get(IncidentProcess.RESPONSE) == ProcessState.IN_PROGRESS);

		// a request to the vendor moves the lane its task belongs to
		TaskView press = tasks.create(handler.actor(), incident,
				NewTask.of(IncidentProcess.REPORTING, "報道対応の文案").withMandatory(false).withChecklist(List.of()));
		publish(new TaskAssigned(org, incident, press.id(), AssigneeKind.VENDOR, UUID.randomUUID(),
				handler.actor().id(), Instant.now()));
		awaitLane(IncidentProcess.REPORTING, ProcessState.IN_PROGRESS);
		assertThat(advances()).hasSize(2).anyMatch(l -> l.contains("ベンダーへの依頼")).anyMatch(l -> l.contains("復旧対応の記録"));
	}

	@Test
	@DisplayName("GEN-1 incident response is done only when recovery is verified and every response task is finished")
	void movesResponseToDoneWhenRecoveryIsVerifiedAndResponseTasksAreDone() {
		TaskView task = tasks.create(handler.actor(), incident,
				NewTask.of(IncidentProcess.RESPONSE, "バックアップから復元").withMandatory(true).withChecklist(List.of()));
		RecoveryView item = recovery.plan(handler.actor(), incident,
				new NewRecoveryItem(null, "会計システム", "復元する", null, null, "ベンダー", null, null, null));
		item = recovery.step(handler.actor(), item.id(), new RecoveryChange(RecoveryStage.IN_PROGRESS, null, null, null,
				null, null, null, null, null, item.version()));
		item = recovery.step(handler.actor(), item.id(), new RecoveryChange(RecoveryStage.RESTORED, null, null, null,
				"ベンダー", RecoveryMethod.RESTORE_FROM_BACKUP, null, null, null, item.version()));
		item = recovery.step(handler.actor(), item.id(), new RecoveryChange(RecoveryStage.VERIFIED,
				VerificationResult.OK, null, null, null, null, null, null, null, item.version()));

		publish(new RecoveryChanged(org, incident, item.id(), RecoveryStage.VERIFIED));
		awaitLane(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS);
		awaitQuiet();
		assertThat(lane(IncidentProcess.RESPONSE)).as("a response task is still open")
			.isEqualTo(ProcessState.IN_PROGRESS);

		tasks.change(handler.actor(), task.id(),
				new TaskChanges(task.version(), TaskStatus.DONE, null, null, null, null, null, null, null));
		publish(new TaskStatusChanged(org, incident, task.id(), "RESPONSE", TaskStatus.TODO, TaskStatus.DONE));
		awaitLane(IncidentProcess.RESPONSE, ProcessState.DONE);
		List<String> lines = advances();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("未着手 → 対応中");
		assertThat(lines.get(1)).contains("対応中 → 完了").contains("復旧確認済み");
	}

	@Test
	@DisplayName("GEN-1 the first notification drafted moves reporting to in progress; it is done when every required notice is sent and no draft is left")
	void movesReportingAsNotificationsAreDraftedAndSent() {
		NotificationView responsible = notifications.add(handler.actor(), incident,
				input(RecipientKind.RESPONSIBLE_PERSON));
		NotificationView ipa = notifications.add(handler.actor(), incident, input(RecipientKind.IPA));
		publish(new NotificationDrafted(org, incident, responsible.id(), RecipientKind.RESPONSIBLE_PERSON));
		awaitLane(IncidentProcess.REPORTING, ProcessState.IN_PROGRESS);

		// sent through the reporting API, which publishes NotificationSent itself; the
		// IPA draft is still unsent
		notifications.send(handler.actor(), incident, responsible.id(), responsible.version());
		awaitQuiet();
		assertThat(lane(IncidentProcess.REPORTING)).isEqualTo(ProcessState.IN_PROGRESS);

		notifications.send(handler.actor(), incident, ipa.id(), ipa.version());
		awaitLane(IncidentProcess.REPORTING, ProcessState.DONE);
		assertThat(advances()).anyMatch(l -> l.contains("必要な報告・通知をすべて完了"))
			.noneMatch(l -> l.contains("every required report and notice sent"));
	}

	@Test
	@DisplayName("GEN-1 a lane set by hand is never moved by the work, and the incident page shows it as set by hand")
	void leavesALaneSetByHandAlone() throws Exception {
		incidents.update(handler.actor(), incident,
				IncidentChanges.version(incidentQueries.get(handler.actor(), incident).version())
					.withProcesses(Map.of(IncidentProcess.RESPONSE, ProcessState.NOT_APPLICABLE, IncidentProcess.TRIAGE,
							ProcessState.DONE)));

		publish(containment(ContainmentStep.REQUESTED));
		publish(new TaskStatusChanged(org, incident, UUID.randomUUID(), "RESPONSE", TaskStatus.TODO,
				TaskStatus.IN_PROGRESS));
		awaitQuiet();

		assertThat(lane(IncidentProcess.RESPONSE)).isEqualTo(ProcessState.NOT_APPLICABLE);
		assertThat(advances()).isEmpty();
		mvc.perform(get("/api/v1/incidents/" + incident + "/processes").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.processes.RESPONSE").value("NOT_APPLICABLE"))
			.andExpect(jsonPath("$.setByHand.length()").value(1))
			.andExpect(jsonPath("$.setByHand[0]").value("RESPONSE"));
		mvc.perform(get("/incidents/" + incident).with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("インシデントレスポンス"), containsString("対象外"),
					containsString("id=\"lane-mode-RESPONSE\">手動で設定"), containsString("id=\"lane-mode-REPORTING\">自動"),
					containsString("id=\"lane-mode-TRIAGE\">自動"))));
	}

	@Test
	@DisplayName("GEN-1 the lanes only go forward: work that comes later or is undone never moves a lane back")
	void movesLanesForwardOnly() {
		publish(new TaskStatusChanged(org, incident, UUID.randomUUID(), "REPORTING", TaskStatus.TODO, TaskStatus.DONE));
		awaitLane(IncidentProcess.REPORTING, ProcessState.IN_PROGRESS);
		jdbc.sql("UPDATE incident SET response_state = 'DONE' WHERE id = ?").params(incident).update();

		publish(containment(ContainmentStep.REQUESTED));
		publish(new TaskStatusChanged(org, incident, UUID.randomUUID(), "REPORTING", TaskStatus.DONE, TaskStatus.TODO));
		publish(new TriageDecided(org, UUID.randomUUID(), TriageOutcome.INCIDENT, incident, true));
		awaitQuiet();

		assertThat(incidentQueries.get(handler.actor(), incident).processes())
			.containsEntry(IncidentProcess.RESPONSE, ProcessState.DONE)
			.containsEntry(IncidentProcess.REPORTING, ProcessState.IN_PROGRESS)
			.containsEntry(IncidentProcess.TRIAGE, ProcessState.DONE);
		assertThat(advances()).hasSize(1);
	}

	@Test
	@DisplayName("GEN-1 the same move heard many times at once is made exactly once")
	void movesOnceUnderConcurrentRepeatedEvents() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		for (int i = 0; i < 12; i++) {
			pool.submit(() -> publish(new TaskStatusChanged(org, incident, UUID.randomUUID(), "RESPONSE",
					TaskStatus.TODO, TaskStatus.IN_PROGRESS)));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		awaitLane(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS);
		awaitQuiet();
		assertThat(advances()).hasSize(1);
	}

	@Test
	@DisplayName("GEN-1 triage decided through the triage API leaves detection and triage done; a lane left behind catches up")
	void movesDetectionAndTriageToDoneOnTriage() throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
						 "category":"MALWARE","channel":"PHONE","summary":"不審な画面"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String report = JsonPath.read(body, "$.id");
		String decided = mvc
			.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"decision\":\"INCIDENT\",\"reason\":\"感染\",\"urgency\":\"HIGH\",\"severity\":\"MODERATE\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID opened = UUID.fromString(JsonPath.read(decided, "$.incidentId"));
		assertThat(incidentQueries.get(handler.actor(), opened).processes())
			.containsEntry(IncidentProcess.DETECTION, ProcessState.DONE)
			.containsEntry(IncidentProcess.TRIAGE, ProcessState.DONE);

		// an incident whose triage lane was left behind (not by hand) catches up when
		// triage decides on it
		jdbc.sql("UPDATE incident SET triage_state = 'IN_PROGRESS', detection_state = 'NOT_STARTED' WHERE id = ?")
			.params(incident)
			.update();
		publish(new TriageDecided(org, UUID.randomUUID(), TriageOutcome.INCIDENT, incident, false));
		awaitLane(IncidentProcess.TRIAGE, ProcessState.DONE);
		awaitLane(IncidentProcess.DETECTION, ProcessState.DONE);
		publish(new TriageDecided(org, UUID.randomUUID(), TriageOutcome.NOT_INCIDENT, null, true));
		awaitQuiet();
		assertThat(advances()).hasSize(2).allMatch(l -> l.contains("トリアージの判断") && !l.contains("triage decided"));
	}

	@Test
	@DisplayName("GEN-1 closing an incident finishes the lanes still in progress and marks the ones never started not applicable")
	void finishesTheLanesWhenTheIncidentCloses() {
		publish(containment(ContainmentStep.REQUESTED));
		awaitLane(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS);

		incidents.update(handler.actor(), incident,
				IncidentChanges.version(incidentQueries.get(handler.actor(), incident).version())
					.withState(IncidentState.CLOSED)
					.because("対応完了"));

		awaitLane(IncidentProcess.RESPONSE, ProcessState.DONE);
		awaitLane(IncidentProcess.REPORTING, ProcessState.NOT_APPLICABLE);
		assertThat(advances()).anyMatch(l -> l.contains("インシデントの終了"));
	}

	private UUID open(String title) {
		return incidents.open(handler.actor(), NewIncident.of(title, "MALWARE", Urgency.HIGH, "MODERATE"), null).id();
	}

	private ContainmentChanged containment(ContainmentStep step) {
		return new ContainmentChanged(org, incident, UUID.randomUUID(), ContainmentKind.ISOLATE_DEVICE, step);
	}

	private static NotificationInput input(RecipientKind kind) {
		return NotificationInput.to(kind).inLanguage("ja").withSubject("件名").withContent("本文");
	}

	/**
	 * Publishes the event as its module does: inside the transaction of the work, heard
	 * after the commit.
	 */
	private void publish(Object event) {
		transaction.executeWithoutResult(tx -> events.publishEvent(event));
	}

	private ProcessState lane(IncidentProcess process) {
		return incidentQueries.get(handler.actor(), incident).processes().get(process);
	}

	private void awaitLane(IncidentProcess process, ProcessState state) {
		await().atMost(WAIT).until(() -> lane(process) == state);
	}

	/**
	 * Waits until every listener has finished with the events of the test's incidents
	 * (completed ones are deleted).
	 */
	private void awaitQuiet() {
		await().atMost(WAIT)
			.until(() -> jdbc
				.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
						+ " AND listener_id LIKE '%progress%' AND serialized_event LIKE ?")
				.param("%" + incident + "%")
				.query(Long.class)
				.single() == 0);
	}

	private List<String> advances() {
		return jdbc.sql(
				"SELECT text FROM incident_timeline WHERE incident_id = ? AND entry_type = 'PROCESS_ADVANCED' ORDER BY recorded_at")
			.params(incident)
			.query(String.class)
			.list();
	}

}
