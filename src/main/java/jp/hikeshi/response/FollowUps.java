package jp.hikeshi.response;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentSharing;
import jp.hikeshi.response.internal.FollowUpRecords;
import jp.hikeshi.response.internal.TaskRecords;
import jp.hikeshi.response.internal.TaskRow;
import jp.hikeshi.shared.Bilingual;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up actions that outlive their incident (e.g. the prevention measures of a
 * review): tasks of kind FOLLOW_UP, never mandatory, so they neither keep the incident
 * open nor stop being tracked once it is closed. They show in their owner's tasks and
 * fall due like any task.
 */
@Service
@Transactional
public class FollowUps {

	private final TaskRecords tasks;

	private final FollowUpRecords followUps;

	private final IncidentQueries incidents;

	private final IncidentSharing sharing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUps(TaskRecords tasks, FollowUpRecords followUps, IncidentQueries incidents, IncidentSharing sharing,
			ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.followUps = followUps;
		this.incidents = incidents;
		this.sharing = sharing;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A follow-up action to track: {@code taskId} names the task that already tracks it,
	 * null for a new one.
	 */
	public record FollowUp(UUID taskId, Bilingual title, Bilingual description, Assignee owner, Instant due) {
	}

	/**
	 * Creates the follow-up task, or revises the one that tracks it (title, owner, due;
	 * its status and log stay); returns the task's id. A vendor owner gets the incident
	 * shared, so that its accounts see the task.
	 */
	public UUID track(Actor by, UUID incidentId, FollowUp followUp) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		Instant due = followUp.due() == null ? null : followUp.due().truncatedTo(ChronoUnit.MICROS);
		TaskRow existing = followUp.taskId() == null ? null
				: tasks.find(followUp.taskId()).filter(t -> t.incidentId().equals(incidentId)).orElse(null);
		if (existing != null && followUps.revise(by.organisation().value(), existing.id(), followUp.title(),
				followUp.owner(), due, now)) {
			if (!Objects.equals(existing.assignee(), followUp.owner())) {
				assigned(by, incidentId, existing.id(), followUp.owner());
			}
			if (!Objects.equals(existing.title(), followUp.title()) || !Objects.equals(existing.due(), due)) {
				audit(by, now, "FOLLOW_UP_REVISED", existing.id(), followUp.title());
			}
			return existing.id();
		}
		TaskRow row = new TaskRow(UUID.randomUUID(), by.organisation().value(), incidentId, IncidentProcess.RESPONSE,
				followUp.title(), followUp.description(), null, null, followUp.owner(), due, false, TaskStatus.TODO,
				null, null, null, by.displayName(), now, now, 0);
		tasks.insert(row, List.of());
		followUps.markFollowUp(row.id());
		assigned(by, incidentId, row.id(), followUp.owner());
		audit(by, now, "FOLLOW_UP_CREATED", row.id(), followUp.title());
		return row.id();
	}

	/**
	 * Cancels a follow-up that is no longer wanted (its measure was taken off the
	 * review); done ones stay done.
	 */
	public void withdraw(Actor by, UUID taskId, String reason) {
		Permission.CHANGE.demand(by);
		TaskRow task = tasks.find(taskId)
			.filter(t -> t.organisationId().equals(by.organisation().value()))
			.orElse(null);
		if (task == null || !task.status().open()) {
			return;
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		if (tasks.update(task.with(TaskStatus.CANCELLED, reason, task.assignee(), task.due(), now))) {
			tasks.addNote(taskId, by.displayName(), TaskStatus.CANCELLED.name() + ": " + reason, now);
			events.publishEvent(new TaskStatusChanged(by.organisation(), task.incidentId(), taskId,
					task.process().name(), task.status(), TaskStatus.CANCELLED));
			audit(by, now, "FOLLOW_UP_WITHDRAWN", taskId, task.title());
		}
	}

	private void assigned(Actor by, UUID incidentId, UUID taskId, Assignee owner) {
		if (owner == null) {
			return;
		}
		if (owner.kind() == AssigneeKind.VENDOR) {
			sharing.shareWith(by, incidentId, owner.id());
		}
		events.publishEvent(new TaskAssigned(by.organisation(), incidentId, taskId, owner.kind(), owner.id(), by.id(),
				Instant.now(clock)));
	}

	private void audit(Actor by, Instant now, String action, UUID taskId, Bilingual title) {
		events.publishEvent(
				AuditEvent.by(by).did(action).on("TASK", taskId).withBoth("title", title).summary(title.ja()).at(now));
	}

}
