package jp.hikeshi.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.remediation.ContainmentChanged;
import jp.hikeshi.remediation.ContainmentDesk;
import jp.hikeshi.remediation.ContainmentKind;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.ContainmentView;
import jp.hikeshi.remediation.NewContainmentAction;
import jp.hikeshi.remediation.StepChange;
import jp.hikeshi.response.internal.WorkCompletion;
import jp.hikeshi.response.internal.WorkFact;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The listener that closes tasks fails once after doing its work; the event publication
 * registry keeps the event.
 */
@WebTest
class TaskCompletionCrashTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	@MockitoSpyBean
	WorkCompletion completion;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TaskDesk desk;

	@Autowired
	ContainmentDesk containment;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("RES-3 a crash between the work's commit and the listener loses nothing: the publication is retried and the task is done exactly once")
	void listenerFailingOnceIsRetriedAndCompletesTheTaskExactlyOnce() throws Exception {
		AtomicInteger verifiedCalls = new AtomicInteger();
		doAnswer(call -> {
			WorkFact fact = call.getArgument(0);
			call.callRealMethod();
			if (fact.work() == Work.CONTAINMENT && "VERIFIED".equals(fact.state())
					&& verifiedCalls.getAndIncrement() == 0) {
				throw new IllegalStateException("the process dies before the listener's transaction commits");
			}
			return null;
		}).when(completion).recorded(any());
		TestUser lead = accounts.create("crash", Role.HANDLER, Role.ADMIN);
		UUID incident = ResponseFixture.incident(mvc, lead, "ランサムウェア感染（再試行）");
		desk.apply(lead.actor(), incident, "RANSOMWARE", null, null);
		ContainmentView action = containment.request(lead.actor(), incident, new NewContainmentAction(
				ContainmentKind.ISOLATE_DEVICE, null, null, "受付PC-07", "通報者", null, null, null, null, null));
		action = containment.step(lead.actor(), action.id(),
				new StepChange(ContainmentStep.APPLIED, null, null, action.version()));
		containment.step(lead.actor(), action.id(),
				new StepChange(ContainmentStep.VERIFIED, null, null, action.version()));
		UUID actionId = action.id();

		await().atMost(WAIT).until(() -> verifiedCalls.get() == 1 && "FAILED".equals(status(actionId)));
		assertThat(task(lead, incident).status()).isEqualTo(TaskStatus.TODO);
		assertThat(lines(incident)).isZero();

		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof ContainmentChanged changed && changed.actionId().equals(actionId));

		await().atMost(WAIT).untilAsserted(() -> assertThat(task(lead, incident).status()).isEqualTo(TaskStatus.DONE));
		await().atMost(WAIT).until(() -> status(actionId) == null);
		assertThat(lines(incident)).isEqualTo(1);
		assertThat(verifiedCalls.get()).as("failed once, handled once more").isEqualTo(2);
		assertThat(task(lead, incident).completion().recordId()).isEqualTo(actionId);
	}

	TaskView task(TestUser lead, UUID incident) {
		return desk.forIncident(lead.actor(), incident)
			.stream()
			.filter(t -> "isolate".equals(t.key()))
			.findFirst()
			.orElseThrow();
	}

	long lines(UUID incident) {
		return jdbc.sql("SELECT COUNT(*) FROM incident_timeline WHERE incident_id = ? AND text LIKE '%により完了%'")
			.param(incident)
			.query(Long.class)
			.single();
	}

	/**
	 * The status of the response listener's publication of the action's VERIFIED step,
	 * null once completed (deleted).
	 */
	String status(UUID actionId) {
		return jdbc.sql("""
				SELECT status FROM event_publication WHERE listener_id LIKE '%WorkListener%' AND completion_date IS NULL
				  AND serialized_event LIKE ? AND serialized_event LIKE '%VERIFIED%'""")
			.param("%" + actionId + "%")
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
