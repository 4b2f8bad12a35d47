package jp.hikeshi.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Person;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.response.RequestAnswered;
import jp.hikeshi.response.TaskAssigned;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.Bilingual;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of their tasks (RES-1): the assignee of a task given to them (a vendor's
 * linked accounts in-app, and the vendor its request by e-mail), and the task's owner of
 * a vendor's answer. The owner is whoever gave the task last (recorded from
 * {@link TaskAssigned}) together with the incident's commander; when neither is known,
 * the incident's handlers. The person who answered is never told of their own answer.
 */
@Component
class TaskNotices {

	private final TaskDesk tasks;

	private final IncidentQueries incidents;

	private final Recipients recipients;

	private final Notifier notifier;

	private final VendorRequestMail requestMail;

	private final NotificationRecords records;

	private final Clock clock;

	TaskNotices(TaskDesk tasks, IncidentQueries incidents, Recipients recipients, Notifier notifier,
			VendorRequestMail requestMail, NotificationRecords records, Clock clock) {
		this.tasks = tasks;
		this.incidents = incidents;
		this.recipients = recipients;
		this.notifier = notifier;
		this.requestMail = requestMail;
		this.records = records;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TaskAssigned assigned) {
		Actor system = Recipients.system(assigned.organisation());
		if (assigned.assignedBy() != null) {
			records.recordOwner(assigned.organisation().value(), assigned.taskId(), assigned.assignedBy(),
					assigned.assignedAt() == null ? Instant.now(clock) : assigned.assignedAt());
		}
		TaskView task = tasks.get(system, assigned.taskId());
		IncidentView incident = incidents.get(system, assigned.incidentId());
		Map<String, String> params = params(incident, task.title());
		params.put("due", task.due() == null ? "" : task.due().toString());
		Notifier.Notice notice = new Notifier.Notice(assigned.organisation(), NotificationKind.TASK_ASSIGNED, params,
				"/tasks/" + task.id(), "assigned:" + task.id() + ":" + assigned.assigneeId());
		if (assigned.assigneeKind() == AssigneeKind.VENDOR) {
			List<UUID> accounts = recipients.usersOf(assigned.organisation(), task.assignee());
			notifier.tell(notice, accounts, false);
			requestMail.send(assigned, incident, task, accounts);
		}
		else {
			notifier.tell(notice, List.of(assigned.assigneeId()));
		}
	}

	@ApplicationModuleListener
	void on(RequestAnswered answered) {
		Actor system = Recipients.system(answered.organisation());
		TaskView task = tasks.get(system, answered.taskId());
		IncidentView incident = incidents.get(system, answered.incidentId());
		Set<UUID> owners = new LinkedHashSet<>();
		records.ownerOf(task.id()).ifPresent(owners::add);
		if (incident.commander() != null) {
			owners.add(incident.commander().id());
		}
		if (owners.isEmpty()) {
			incident.handlers().stream().map(Person::id).forEach(owners::add);
		}
		owners.remove(answered.answeredBy());
		TaskView.Answer last = task.answers().isEmpty() ? null : task.answers().get(task.answers().size() - 1);
		Map<String, String> params = params(incident, task.title());
		params.put("by", last == null ? "" : last.answeredBy());
		notifier.tell(
				new Notifier.Notice(answered.organisation(), NotificationKind.REQUEST_ANSWERED, params,
						"/tasks/" + task.id(),
						"answered:" + task.id() + ":" + (last == null ? answered.answeredBy() : last.id())),
				new ArrayList<>(owners));
	}

	static Map<String, String> params(IncidentView incident, Bilingual title) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("incident", incident.number() + " " + incident.title());
		params.put("title", title.ja());
		if (title.en() != null && !title.en().isBlank()) {
			params.put("title.en", title.en());
		}
		return params;
	}

}
