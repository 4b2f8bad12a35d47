package jp.hikeshi.response.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.response.TaskAssignments;
import jp.hikeshi.response.TaskChanges;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning tasks on the pages (GEN-2): one task from its page or the incident's response
 * page, several at once, and the preview of what the role plan would assign, confirmed
 * with one button. Forms post and redirect.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
class AssignmentPages {

	private final TaskDesk desk;

	private final TaskAssignments assignments;

	private final Actors actors;

	AssignmentPages(TaskDesk desk, TaskAssignments assignments, Actors actors) {
		this.desk = desk;
		this.assignments = assignments;
		this.actors = actors;
	}

	/**
	 * Gives one task to the chosen person or vendor ("USER:id" / "VENDOR:id"), on the
	 * version shown.
	 */
	@PostMapping("/tasks/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(required = false) UUID incident, RedirectAttributes redirect) {
		String back = incident == null ? "/tasks/" + id : "/incidents/" + incident + "/response";
		return assigning(redirect, back, "task.stale", () -> {
			Choice choice = Choice.parse(assignee);
			return List.of(desk.change(actors.current(), id,
					new TaskChanges(version, null, null, choice.kind(), choice.id(), null, null, null, null)));
		});
	}

	/**
	 * The checked tasks to one assignee, or (with fromRolePlan) the checked or else all
	 * unassigned tasks from the role plan.
	 */
	@PostMapping("/incidents/{incidentId}/response/assign")
	String bulk(@PathVariable UUID incidentId, @RequestParam(required = false) List<UUID> taskIds,
			@RequestParam(required = false) List<String> versions, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(defaultValue = "false") boolean fromRolePlan, RedirectAttributes redirect) {
		return assigning(redirect, "/incidents/" + incidentId + "/response", "task.stale.bulk", () -> {
			if (fromRolePlan) {
				return assignments.assignFromRolePlan(actors.current(), incidentId, taskIds, versions(versions));
			}
			Choice choice = Choice.parse(assignee);
			return assignments.assign(actors.current(), incidentId, taskIds, choice.kind(), choice.id(),
					versions(versions));
		});
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
	@GetMapping("/tasks/assign-from-role-plan")
	String preview(Model model) {
		model.addAttribute("proposals", assignments.proposals(actors.current()));
		return "response/assign-from-role-plan";
	}

	@PostMapping("/tasks/assign-from-role-plan")
	String confirm(@RequestParam(required = false) List<UUID> taskIds,
			@RequestParam(required = false) List<String> versions, RedirectAttributes redirect) {
		return assigning(redirect, "/tasks/assign-from-role-plan", "task.stale.bulk",
				() -> assignments.confirm(actors.current(), taskIds, versions(versions)));
	}

	/**
	 * Runs an assignment and redirects back with how many tasks it changed, or with what
	 * was wrong.
	 */
	private static String assigning(RedirectAttributes redirect, String back, String staleKey,
			Supplier<List<TaskView>> work) {
		try {
			List<TaskView> changed = work.get();
			redirect.addFlashAttribute("flash", "task.assigned");
			redirect.addFlashAttribute("flashArg", changed.size());
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem("version", staleKey, new Object[0])));
		}
		return "redirect:" + back;
	}

	/** "taskId:version" pairs as the forms send them. */
	private static Map<UUID, Integer> versions(List<String> pairs) {
		Map<UUID, Integer> read = new LinkedHashMap<>();
		for (String pair : pairs == null ? List.<String>of() : pairs) {
			int colon = pair.indexOf(':');
			try {
				read.put(UUID.fromString(pair.substring(0, colon)), Integer.valueOf(pair.substring(colon + 1)));
			}
			catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
				throw new RejectedInputException("versions", "task.version.required");
			}
		}
		return read;
	}

	/** An assignee picked in a form, as "USER:id" or "VENDOR:id". */
	record Choice(AssigneeKind kind, UUID id) {

		static Choice parse(String value) {
			int colon = value.indexOf(':');
			if (colon < 0) {
				throw new RejectedInputException("assigneeId", "task.assigneeId.required");
			}
			try {
				return new Choice(AssigneeKind.valueOf(value.substring(0, colon)),
						UUID.fromString(value.substring(colon + 1)));
			}
			catch (IllegalArgumentException ex) {
				throw new RejectedInputException("assigneeId", "task.assignee.unknown", value);
			}
		}
	}

}
