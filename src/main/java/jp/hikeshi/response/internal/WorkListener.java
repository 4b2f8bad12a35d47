package jp.hikeshi.response.internal;

import jp.hikeshi.evidence.EvidenceCollected;
import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.remediation.ContainmentChanged;
import jp.hikeshi.remediation.RecoveryChanged;
import jp.hikeshi.reporting.NotificationCancelled;
import jp.hikeshi.reporting.NotificationDrafted;
import jp.hikeshi.reporting.NotificationSent;
import jp.hikeshi.reporting.RansomStanceConfirmed;
import jp.hikeshi.response.PlaybookApplied;
import jp.hikeshi.response.RequestAnswered;
import jp.hikeshi.triage.TriageDecided;
import jp.hikeshi.triage.TriageOutcome;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears the work recorded in other modules, after its commit and in a transaction of its
 * own, and lets it complete or re-open the tasks that describe it. A publication whose
 * handling fails stays in the registry and is handled again on restart; handling twice
 * changes nothing the second time.
 */
@Component
class WorkListener {

	private final WorkCompletion completion;

	WorkListener(WorkCompletion completion) {
		this.completion = completion;
	}

	@ApplicationModuleListener
	void on(ContainmentChanged e) {
		completion.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.CONTAINMENT, e.actionId(),
				e.kind().name(), e.step().name()));
	}

	@ApplicationModuleListener
	void on(RecoveryChanged e) {
		completion.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.RECOVERY, e.itemId(), null,
				e.stage().name(), e.version()));
	}

	@ApplicationModuleListener
	void on(NotificationDrafted e) {
		completion.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.NOTIFICATION, e.notificationId(),
				e.recipientKind().name(), "DRAFTED"));
	}

	@ApplicationModuleListener
	void on(NotificationSent e) {
		completion.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.NOTIFICATION, e.notificationId(),
				e.recipientKind().name(), "SENT"));
	}

	@ApplicationModuleListener
	void on(NotificationCancelled e) {
		completion.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.NOTIFICATION, e.notificationId(),
				e.recipientKind().name(), "CANCELLED"));
	}

	@ApplicationModuleListener
	void on(RansomStanceConfirmed e) {
		completion.recorded(
				new WorkFact(e.organisation(), e.incidentId(), Work.RANSOM_STANCE, e.incidentId(), null, "CONFIRMED"));
	}

	@ApplicationModuleListener
	void on(EvidenceCollected e) {
		completion.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.EVIDENCE, e.evidenceId(),
				e.kind().name(), "COLLECTED"));
	}

	@ApplicationModuleListener
	void on(RequestAnswered e) {
		completion
			.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.VENDOR_ANSWER, e.taskId(), null, "ANSWERED"));
	}

	/**
	 * Only a decision that the report is an incident (and which) decides the incident's
	 * triage.
	 */
	@ApplicationModuleListener
	void on(TriageDecided e) {
		if (e.outcome() == TriageOutcome.INCIDENT && e.incidentId() != null) {
			completion
				.recorded(new WorkFact(e.organisation(), e.incidentId(), Work.TRIAGE, e.reportId(), null, "DECIDED"));
		}
	}

	@ApplicationModuleListener
	void on(PlaybookApplied e) {
		if (e.tasksAdded() > 0) {
			completion.caughtUp(e.organisation(), e.incidentId());
		}
	}

}
