package jp.hikeshi.progress;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.remediation.RemediationPolicies;
import jp.hikeshi.reporting.NotificationStatus;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.ObligationStatus;
import jp.hikeshi.reporting.ObligationView;
import jp.hikeshi.reporting.Requirement;
import jp.hikeshi.response.TaskStatus;

/**
 * When the work moves a process lane (GEN-1), listed in one place. The moves only ever go
 * forward and never touch a lane a person set by hand; the incident module enforces both,
 * these rules only say where the work points.
 */
public final class LanePolicies {

	private LanePolicies() {
	}

	/**
	 * The lane a task belongs to: its process, or incident response for a task without
	 * one.
	 */
	public static IncidentProcess laneOf(IncidentProcess process) {
		return process == null ? IncidentProcess.RESPONSE : process;
	}

	/** The lane a task belongs to, from the process name an event carries. */
	public static IncidentProcess laneOf(String process) {
		if (process == null || process.isBlank()) {
			return IncidentProcess.RESPONSE;
		}
		try {
			return IncidentProcess.valueOf(process);
		}
		catch (IllegalArgumentException unknown) {
			return IncidentProcess.RESPONSE;
		}
	}

	/**
	 * A task was taken up: someone is working on it, waiting for the vendor's part, or
	 * has finished it.
	 */
	public static boolean started(TaskStatus status) {
		return status == TaskStatus.IN_PROGRESS || status == TaskStatus.WAITING_FOR_VENDOR || status == TaskStatus.DONE;
	}

	/**
	 * A containment measure requested, applied or verified is response work under way;
	 * lifting or cancelling is not.
	 */
	public static boolean responseUnderWay(ContainmentStep step) {
		return step == ContainmentStep.REQUESTED || step == ContainmentStep.APPLIED || step == ContainmentStep.VERIFIED;
	}

	/**
	 * A recovery item planned or moved on is response work under way; one cancelled
	 * (added by mistake) is not.
	 */
	public static boolean responseUnderWay(RecoveryStage stage) {
		return stage != RecoveryStage.CANCELLED;
	}

	/**
	 * Incident response is done when recovery was verified
	 * ({@link RemediationPolicies#recovered}), no containment measure is still only
	 * requested or applied, and every task of the response lane is finished (done,
	 * cancelled or not applicable).
	 */
	public static boolean responseDone(Collection<RecoveryStage> recovery, Collection<ContainmentStep> containment,
			Collection<TaskStatus> responseTasks) {
		return RemediationPolicies.recovered(recovery.stream().toList())
				&& containment.stream().noneMatch(ContainmentStep::pending)
				&& responseTasks.stream().noneMatch(TaskStatus::open);
	}

	/**
	 * Reporting is done when something was sent, every legal obligation that applies is
	 * met (or, for a contractor, released by its notice to the principal), every
	 * notification the plan requires (taken up or only suggested) is sent, and no
	 * notification taken up is left as an unsent draft.
	 */
	public static boolean reportingDone(Collection<ObligationView> obligations, Collection<NotificationView> plan) {
		boolean anySent = plan.stream().anyMatch(LanePolicies::sent);
		boolean obligationsMet = obligations.stream()
			.filter(ObligationView::required)
			.allMatch(o -> o.status() == ObligationStatus.MET || o.status() == ObligationStatus.RELEASED);
		boolean requiredSent = plan.stream()
			.filter(n -> n.requirement() == Requirement.REQUIRED)
			.allMatch(LanePolicies::sent);
		boolean noDraftLeft = plan.stream().noneMatch(n -> n.id() != null && n.status() == NotificationStatus.DRAFT);
		return anySent && obligationsMet && requiredSent && noDraftLeft;
	}

	/**
	 * When an incident closes, every closing guard has agreed that nothing is open: a
	 * lane still in progress is done, and a lane never started had nothing to do in this
	 * incident (not applicable).
	 */
	public static Map<IncidentProcess, ProcessState> atClosing(Map<IncidentProcess, ProcessState> lanes) {
		Map<IncidentProcess, ProcessState> moves = new EnumMap<>(IncidentProcess.class);
		lanes.forEach((process, state) -> {
			if (state == ProcessState.IN_PROGRESS) {
				moves.put(process, ProcessState.DONE);
			}
			else if (state == ProcessState.NOT_STARTED) {
				moves.put(process, ProcessState.NOT_APPLICABLE);
			}
		});
		return moves;
	}

	private static boolean sent(NotificationView n) {
		return n.status() == NotificationStatus.SENT || n.status() == NotificationStatus.ACKNOWLEDGED;
	}

}
