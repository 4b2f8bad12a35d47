package jp.hikeshi.response.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.response.TaskAssignments;
import jp.hikeshi.response.TaskView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Assigning tasks over REST (GEN-2): in bulk on an incident, and from the role plan after
 * it changed.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
@Tag(name = "response", description = "Tasks, vendor requests and the response policy / タスク・ベンダー依頼・対応方針")
class AssignmentApi {

	private final TaskAssignments assignments;

	private final Actors actors;

	AssignmentApi(TaskAssignments assignments, Actors actors) {
		this.assignments = assignments;
		this.actors = actors;
	}

	/**
	 * Tasks to give to one assignee, or with {@code fromRolePlan} to whoever the role
	 * plan names (then the unassigned open tasks, all of them unless listed);
	 * {@code versions} optionally maps a task id to the version read.
	 */
	record BulkAssignment(List<UUID> taskIds, AssigneeKind assigneeKind, UUID assigneeId, Boolean fromRolePlan,
			Map<UUID, Integer> versions) {
	}

	/**
	 * Which proposals to confirm (all when no task is listed), optionally with the
	 * versions read.
	 */
	record Confirmation(List<UUID> taskIds, Map<UUID, Integer> versions) {
	}

	@PostMapping("/api/v1/incidents/{incidentId}/tasks/assign")
	@Operation(
			summary = "Assign several tasks of the incident at once, or every unassigned open one from the role plan; answers the tasks changed")
	List<TaskView> assign(@PathVariable UUID incidentId, @RequestBody BulkAssignment request) {
		Actor me = actors.current();
		if (Boolean.TRUE.equals(request.fromRolePlan())) {
			return assignments.assignFromRolePlan(me, incidentId, request.taskIds(), request.versions());
		}
		return assignments.assign(me, incidentId, request.taskIds(), request.assigneeKind(), request.assigneeId(),
				request.versions());
	}

	@GetMapping("/api/v1/tasks/assignees")
	@Operation(summary = "Whom tasks may be given to: enabled users who can open tasks, vendors with a VENDOR account")
	TaskAssignments.Choices assignees() {
		return assignments.choices(actors.current());
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
	@GetMapping("/api/v1/tasks/assign-from-role-plan")
	@Operation(
			summary = "Preview: the unassigned open tasks of open incidents that the role plan now staffs, with the proposed assignee")
	List<TaskAssignments.Proposal> proposals() {
		return assignments.proposals(actors.current());
	}

	@PostMapping("/api/v1/tasks/assign-from-role-plan")
	@Operation(
			summary = "Confirm the preview: assign those tasks (all, or the listed ones) from the role plan; answers the tasks changed")
	List<TaskView> confirm(@RequestBody(required = false) Confirmation confirmation) {
		Confirmation c = confirmation == null ? new Confirmation(null, null) : confirmation;
		return assignments.confirm(actors.current(), c.taskIds(), c.versions());
	}

}
