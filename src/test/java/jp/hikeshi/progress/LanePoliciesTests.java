package jp.hikeshi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.reporting.NotificationStatus;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.ObligationKind;
import jp.hikeshi.reporting.ObligationStatus;
import jp.hikeshi.reporting.ObligationView;
import jp.hikeshi.reporting.RecipientKind;
import jp.hikeshi.reporting.Requirement;
import jp.hikeshi.response.TaskStatus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules that say where the work points a lane (GEN-1). */
class LanePoliciesTests {

	@Test
	@DisplayName("GEN-1 response is done with recovery verified, no measure pending and every response task finished")
	void callsResponseDoneOnlyWhenRecoveredContainedAndTasksFinished() {
		List<RecoveryStage> verified = List.of(RecoveryStage.VERIFIED, RecoveryStage.CANCELLED);
		List<ContainmentStep> held = List.of(ContainmentStep.VERIFIED, ContainmentStep.LIFTED);
		List<TaskStatus> finished = List.of(TaskStatus.DONE, TaskStatus.NOT_APPLICABLE, TaskStatus.CANCELLED);

		assertThat(LanePolicies.responseDone(verified, held, finished)).isTrue();
		assertThat(LanePolicies.responseDone(List.of(), held, finished)).as("nothing recovered yet").isFalse();
		assertThat(LanePolicies.responseDone(List.of(RecoveryStage.RESTORED), held, finished)).isFalse();
		assertThat(LanePolicies.responseDone(verified, List.of(ContainmentStep.APPLIED), finished)).isFalse();
		assertThat(LanePolicies.responseDone(verified, held, List.of(TaskStatus.DONE, TaskStatus.WAITING_FOR_VENDOR)))
			.isFalse();
	}

	@Test
	@DisplayName("GEN-1 reporting is done when something was sent, obligations are met, required notices sent and no draft left")
	void callsReportingDoneOnlyWhenNothingRequiredIsOpen() {
		ObligationView met = new ObligationView(ObligationKind.PPC_PRELIMINARY, true, "r", null, null,
				ObligationStatus.MET, Instant.now());
		ObligationView open = new ObligationView(ObligationKind.PPC_FINAL, true, "r", null, null, ObligationStatus.OPEN,
				null);
		ObligationView notRequired = new ObligationView(ObligationKind.NOTICE_TO_PERSONS, false, "r", null, null,
				ObligationStatus.NOT_REQUIRED, null);
		NotificationView sent = notification(true, Requirement.REQUIRED, NotificationStatus.SENT);
		NotificationView draft = notification(true, Requirement.RECOMMENDED, NotificationStatus.DRAFT);
		NotificationView suggestedRequired = notification(false, Requirement.REQUIRED, NotificationStatus.TO_DO);
		NotificationView suggestedOptional = notification(false, Requirement.RECOMMENDED, NotificationStatus.TO_DO);

		assertThat(LanePolicies.reportingDone(List.of(met, notRequired), List.of(sent, suggestedOptional))).isTrue();
		assertThat(LanePolicies.reportingDone(List.of(met, open), List.of(sent))).isFalse();
		assertThat(LanePolicies.reportingDone(List.of(), List.of(sent, draft))).isFalse();
		assertThat(LanePolicies.reportingDone(List.of(), List.of(sent, suggestedRequired))).isFalse();
		assertThat(LanePolicies.reportingDone(List.of(), List.of(suggestedOptional))).as("nothing sent").isFalse();
	}

	@Test
	@DisplayName("GEN-1 at closing a lane in progress is done and a lane never started is not applicable")
	void finishesLanesAtClosing() {
		assertThat(LanePolicies.atClosing(Map.of(IncidentProcess.DETECTION, ProcessState.DONE, IncidentProcess.TRIAGE,
				ProcessState.NOT_APPLICABLE, IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS,
				IncidentProcess.REPORTING, ProcessState.NOT_STARTED)))
			.isEqualTo(Map.of(IncidentProcess.RESPONSE, ProcessState.DONE, IncidentProcess.REPORTING,
					ProcessState.NOT_APPLICABLE));
	}

	@Test
	@DisplayName("GEN-1 a task's lane is its process; a task without one, or with an unknown one, belongs to incident response")
	void findsTheLaneOfATask() {
		assertThat(LanePolicies.laneOf("REPORTING")).isEqualTo(IncidentProcess.REPORTING);
		assertThat(LanePolicies.laneOf((String) null)).isEqualTo(IncidentProcess.RESPONSE);
		assertThat(LanePolicies.laneOf("CLEANUP")).isEqualTo(IncidentProcess.RESPONSE);
		assertThat(LanePolicies.started(TaskStatus.WAITING_FOR_VENDOR)).isTrue();
		assertThat(LanePolicies.started(TaskStatus.CANCELLED)).isFalse();
	}

	private static NotificationView notification(boolean takenUp, Requirement requirement, NotificationStatus status) {
		return new NotificationView(takenUp ? UUID.randomUUID() : null, RecipientKind.IPA, "REP-3", requirement, null,
				null, status, null, null, "ja", null, null, null, List.of(), null, null, null, takenUp ? 0L : null,
				!takenUp);
	}

}
