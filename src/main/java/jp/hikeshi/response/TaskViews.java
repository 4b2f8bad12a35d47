package jp.hikeshi.response;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentSharing;
import jp.hikeshi.response.internal.ResponseRecords;
import jp.hikeshi.response.internal.TaskRecords;
import jp.hikeshi.response.internal.TaskRow;
import jp.hikeshi.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds the tasks an actor may see and reads them whole: check-list, notes and answers in
 * one query each.
 */
@Component
class TaskViews {

	private final TaskRecords tasks;

	private final ResponseRecords records;

	private final Vendors vendors;

	private final IncidentQueries incidents;

	private final IncidentSharing sharing;

	TaskViews(TaskRecords tasks, ResponseRecords records, Vendors vendors, IncidentQueries incidents,
			IncidentSharing sharing) {
		this.tasks = tasks;
		this.records = records;
		this.vendors = vendors;
		this.incidents = incidents;
		this.sharing = sharing;
	}

	/**
	 * The task, if the actor may see it: staff see every task of the organisation
	 * (through the incident's own guard, which also refuses reporters), a vendor only the
	 * tasks given to its organisation; anything else is unknown (404).
	 */
	TaskRow visible(Actor by, UUID taskId) {
		TaskRow task = tasks.find(taskId)
			.filter(t -> t.organisationId().equals(by.organisation().value()))
			.orElseThrow(() -> new NotFoundException("task", taskId));
		if (by.seesWholeOrganisation() || !by.has(jp.hikeshi.identity.Role.VENDOR)) {
			incidents.get(by, task.incidentId());
			return task;
		}
		UUID vendor = vendors.vendorOf(by).orElse(null);
		if (vendor == null || task.assignee() == null || task.assignee().kind() != AssigneeKind.VENDOR
				|| !task.assignee().id().equals(vendor)) {
			throw new NotFoundException("task", taskId);
		}
		sharing.getShared(by, task.incidentId());
		return task;
	}

	TaskView one(TaskRow row) {
		return many(List.of(row)).get(0);
	}

	List<TaskView> many(List<TaskRow> rows) {
		List<UUID> ids = rows.stream().map(TaskRow::id).toList();
		var checklists = tasks.checklists(ids);
		var notes = tasks.notes(ids);
		var answers = records.answers(ids);
		var completions = tasks.completions(ids);
		return rows.stream()
			.map(r -> new TaskView(r.id(), r.incidentId(), r.process(), r.title(), r.description(), r.requirement(),
					r.role(), r.assignee(), r.due(), r.mandatory(), r.status(), r.statusReason(), r.playbook(), r.key(),
					checklists.getOrDefault(r.id(), List.of()), notes.getOrDefault(r.id(), List.of()),
					answers.getOrDefault(r.id(), List.of()), r.createdBy(), r.createdAt(), r.version(),
					completions.get(r.id())))
			.toList();
	}

}
