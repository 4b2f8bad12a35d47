package jp.hikeshi.progress.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.progress.LanePolicies;
import jp.hikeshi.remediation.ContainmentDesk;
import jp.hikeshi.remediation.RecoveryDesk;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.PrivacyDesk;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Component;

/**
 * Reads, through the other modules' public APIs, the work a lane depends on. The
 * listeners run outside any request, so they read as a system reader with a manager's
 * read rights.
 */
@Component
class WorkReader {

	private static final UUID SYSTEM = new UUID(0, 0);

	private final IncidentQueries incidents;

	private final TaskDesk tasks;

	private final ContainmentDesk containment;

	private final RecoveryDesk recovery;

	private final PrivacyDesk privacy;

	private final NotificationPlan notifications;

	WorkReader(IncidentQueries incidents, TaskDesk tasks, ContainmentDesk containment, RecoveryDesk recovery,
			PrivacyDesk privacy, NotificationPlan notifications) {
		this.incidents = incidents;
		this.tasks = tasks;
		this.containment = containment;
		this.recovery = recovery;
		this.privacy = privacy;
		this.notifications = notifications;
	}

	Map<IncidentProcess, ProcessState> lanes(OrganisationId organisation, UUID incidentId) {
		return incidents.get(reader(organisation), incidentId).processes();
	}

	/**
	 * The lane of a task: its process, or incident response (also for a task no longer
	 * there).
	 */
	IncidentProcess laneOfTask(OrganisationId organisation, UUID taskId) {
		try {
			return LanePolicies.laneOf(tasks.get(reader(organisation), taskId).process());
		}
		catch (NotFoundException gone) {
			return IncidentProcess.RESPONSE;
		}
	}

	boolean responseDone(OrganisationId organisation, UUID incidentId) {
		// the rule looks only at which stages, steps and statuses occur: each read
		// returns a few distinct values
		Actor reader = reader(organisation);
		return LanePolicies.responseDone(recovery.stagesReached(reader, incidentId),
				containment.stepsReached(reader, incidentId),
				tasks.statuses(reader, incidentId, IncidentProcess.RESPONSE));
	}

	boolean reportingDone(OrganisationId organisation, UUID incidentId) {
		Actor reader = reader(organisation);
		return LanePolicies.reportingDone(privacy.obligations(reader, incidentId),
				notifications.plan(reader, incidentId));
	}

	private static Actor reader(OrganisationId organisation) {
		return new Actor(SYSTEM, "system", "Hikeshi", organisation, EnumSet.of(Role.MANAGER), Locale.JAPANESE);
	}

}
