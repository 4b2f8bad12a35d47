package jp.hikeshi.progress.internal;

import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.incident.IncidentClosed;
import jp.hikeshi.incident.IncidentOpened;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentProgress;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.progress.LanePolicies;
import jp.hikeshi.remediation.ContainmentChanged;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.RecoveryChanged;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.reporting.NotificationDrafted;
import jp.hikeshi.reporting.NotificationSent;
import jp.hikeshi.response.TaskAssigned;
import jp.hikeshi.response.TaskStatusChanged;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.triage.TriageDecided;
import jp.hikeshi.triage.TriageOutcome;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Moves the lanes as the work is recorded (GEN-1), after the work's commit, through the
 * event publication registry: a failed move is tried again on restart. The listeners hold
 * no transaction of their own; each move commits on its own ({@link IncidentProgress}),
 * and a repeated event finds the lane already moved and changes nothing.
 */
@Component
class LaneListeners {

	private static final String REASON = "incident.progress.reason.";

	private final IncidentProgress progress;

	private final WorkReader work;

	LaneListeners(IncidentProgress progress, WorkReader work) {
		this.progress = progress;
		this.work = work;
	}

	/**
	 * An incident opened from a report: the report was received and acted on, so
	 * detection is done.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(IncidentOpened event) {
		move(event.organisation(), event.incidentId(), IncidentProcess.DETECTION, ProcessState.DONE, "opened");
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TriageDecided event) {
		if (event.outcome() == TriageOutcome.INCIDENT && event.incidentId() != null) {
			move(event.organisation(), event.incidentId(), IncidentProcess.DETECTION, ProcessState.DONE, "triage");
			move(event.organisation(), event.incidentId(), IncidentProcess.TRIAGE, ProcessState.DONE, "triage");
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ContainmentChanged event) {
		if (LanePolicies.responseUnderWay(event.step())) {
			move(event.organisation(), event.incidentId(), IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS,
					"containment");
		}
		if (event.step() != ContainmentStep.REQUESTED && event.step() != ContainmentStep.APPLIED) {
			responseMaybeDone(event.organisation(), event.incidentId());
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RecoveryChanged event) {
		if (LanePolicies.responseUnderWay(event.stage())) {
			move(event.organisation(), event.incidentId(), IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS,
					"recovery");
		}
		if (event.stage() == RecoveryStage.VERIFIED || event.stage() == RecoveryStage.CANCELLED) {
			responseMaybeDone(event.organisation(), event.incidentId());
		}
	}

	/** A request to a vendor is work under way in the lane of its task. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TaskAssigned event) {
		if (event.assigneeKind() == AssigneeKind.VENDOR) {
			move(event.organisation(), event.incidentId(), work.laneOfTask(event.organisation(), event.taskId()),
					ProcessState.IN_PROGRESS, "vendorRequest");
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TaskStatusChanged event) {
		IncidentProcess lane = LanePolicies.laneOf(event.process());
		if (LanePolicies.started(event.to())) {
			move(event.organisation(), event.incidentId(), lane, ProcessState.IN_PROGRESS, "taskStarted");
		}
		if (lane == IncidentProcess.RESPONSE && event.to() != null && !event.to().open()) {
			responseMaybeDone(event.organisation(), event.incidentId());
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(NotificationDrafted event) {
		move(event.organisation(), event.incidentId(), IncidentProcess.REPORTING, ProcessState.IN_PROGRESS,
				"notificationDrafted");
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(NotificationSent event) {
		move(event.organisation(), event.incidentId(), IncidentProcess.REPORTING, ProcessState.IN_PROGRESS,
				"notificationSent");
		if (work.reportingDone(event.organisation(), event.incidentId())) {
			move(event.organisation(), event.incidentId(), IncidentProcess.REPORTING, ProcessState.DONE,
					"obligationsMet");
		}
	}

	/**
	 * Closing passed every guard: what was in progress is done, what never started did
	 * not apply.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(IncidentClosed event) {
		LanePolicies.atClosing(work.lanes(event.organisation(), event.incidentId()))
			.forEach((lane, target) -> move(event.organisation(), event.incidentId(), lane, target, "closed"));
	}

	private void responseMaybeDone(OrganisationId organisation, UUID incidentId) {
		if (work.responseDone(organisation, incidentId)) {
			move(organisation, incidentId, IncidentProcess.RESPONSE, ProcessState.DONE, "responseDone");
		}
	}

	private void move(OrganisationId organisation, UUID incidentId, IncidentProcess lane, ProcessState target,
			String reason) {
		progress.advance(organisation, incidentId, lane, target, REASON + reason);
	}

}
