package jp.hikeshi.response.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentSharing;
import jp.hikeshi.playbook.PlaybookLibrary;
import jp.hikeshi.response.NewTask;
import jp.hikeshi.response.TaskAssignments;
import jp.hikeshi.response.TaskChanges;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.response.VendorRequests;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The response pages: an incident's playbooks, tasks and policy; one task with its
 * answers; my tasks.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER','VENDOR')")
class ResponsePages {

	private final TaskDesk desk;

	private final VendorRequests requests;

	private final PlaybookLibrary library;

	private final IncidentSharing incidents;

	private final TaskAssignments assignments;

	private final Actors actors;

	private final DisplayZone zone;

	ResponsePages(TaskDesk desk, VendorRequests requests, PlaybookLibrary library, IncidentSharing incidents,
			TaskAssignments assignments, Actors actors, DisplayZone zone) {
		this.desk = desk;
		this.requests = requests;
		this.library = library;
		this.incidents = incidents;
		this.assignments = assignments;
		this.actors = actors;
		this.zone = zone;
	}

	@GetMapping("/incidents/{incidentId}/response")
	String response(@PathVariable UUID incidentId, Model model) {
		Actor me = actors.current();
		var incident = incidents.getShared(me, incidentId);
		model.addAttribute("incident", incident);
		model.addAttribute("rules", desk.rules(me, incidentId));
		model.addAttribute("applied", desk.playbooks(me, incidentId));
		Map<IncidentProcess, List<TaskView>> byProcess = new EnumMap<>(IncidentProcess.class);
		for (IncidentProcess p : IncidentProcess.values()) {
			byProcess.put(p, new ArrayList<>());
		}
		desk.forIncident(me, incidentId).forEach(t -> byProcess.get(t.process()).add(t));
		model.addAttribute("tasksByProcess", byProcess);
		boolean staff = me.has(Role.ADMIN) || me.has(Role.HANDLER);
		model.addAttribute("canEdit", staff);
		if (me.seesWholeOrganisation()) {
			model.addAttribute("decisions", requests.decisions(me, incidentId));
			model.addAttribute("findings", requests.findings(me, incidentId));
		}
		if (staff) {
			model.addAttribute("playbooks",
					PlaybookSuggestion.forCategory(library.active(me.organisation()), incident.category()));
			choices(me, model);
		}
		roles(me, model);
		model.addAttribute("processes", IncidentProcess.values());
		return "response/incident-response";
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@PostMapping("/incidents/{incidentId}/response/playbooks")
	String apply(@PathVariable UUID incidentId, @RequestParam(defaultValue = "") String playbook,
			RedirectAttributes redirect) {
		try {
			TaskDesk.Application applied = desk.apply(actors.current(), incidentId, playbook, null, null);
			redirect.addFlashAttribute("flash", "response.playbook.applied");
			redirect.addFlashAttribute("flashArg", applied.added().size());
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/incidents/" + incidentId + "/response";
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@PostMapping("/incidents/{incidentId}/response/tasks")
	String create(@PathVariable UUID incidentId, @RequestParam(required = false) IncidentProcess process,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String requirement, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime due,
			@RequestParam(defaultValue = "false") boolean mandatory, @RequestParam(defaultValue = "") String checklist,
			RedirectAttributes redirect) {
		if (process == null || title.isBlank()) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem(process == null ? "process" : "title",
					process == null ? "task.process.required" : "task.title.required", new Object[0])));
			return "redirect:/incidents/" + incidentId + "/response";
		}
		AssigneeKind kind = assignee.startsWith("VENDOR:") ? AssigneeKind.VENDOR : AssigneeKind.USER;
		UUID assigneeId = assignee.contains(":") ? UUID.fromString(assignee.substring(assignee.indexOf(':') + 1))
				: null;
		try {
			TaskView task = desk.create(actors.current(), incidentId,
					NewTask.of(process, title)
						.withDescription(description)
						.withRequirement(requirement)
						.withAssigneeKind(kind)
						.withAssignee(assigneeId)
						.withDue(due == null ? null : zone.toInstant(due))
						.withMandatory(mandatory)
						.withChecklist(checklist.lines().toList()));
			redirect.addFlashAttribute("flash", "task.created");
			return "redirect:/tasks/" + task.id();
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/incidents/" + incidentId + "/response";
		}
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@PostMapping("/incidents/{incidentId}/response/decisions")
	String decide(@PathVariable UUID incidentId, @RequestParam(defaultValue = "") String policy,
			@RequestParam(required = false) List<UUID> findings, RedirectAttributes redirect) {
		try {
			requests.decide(actors.current(), incidentId, policy, findings);
			redirect.addFlashAttribute("flash", "decision.recorded");
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/incidents/" + incidentId + "/response#decisions";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable UUID id, Model model) {
		Actor me = actors.current();
		TaskView task = desk.get(me, id);
		model.addAttribute("task", task);
		model.addAttribute("incident", incidents.getShared(me, task.incidentId()));
		model.addAttribute("playbook",
				task.playbook() == null ? null
						: desk.playbooks(me, task.incidentId())
							.stream()
							.filter(a -> a.code().equals(task.playbook()))
							.findFirst()
							.orElse(null));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("canChange", me.has(Role.ADMIN) || me.has(Role.HANDLER) || me.has(Role.VENDOR));
		model.addAttribute("seesEvidence", me.seesWholeOrganisation());
		if (me.has(Role.ADMIN) || me.has(Role.HANDLER)) {
			choices(me, model);
		}
		roles(me, model);
		return "response/task";
	}

	/** Whom a task may be given to, for the assignee pickers. */
	private void choices(Actor me, Model model) {
		TaskAssignments.Choices choices = assignments.choices(me);
		model.addAttribute("users", choices.users());
		model.addAttribute("vendors", choices.vendors());
	}

	/**
	 * Each role's name in the reader's language and who takes its work, so that an
	 * unassigned task names its role.
	 */
	private void roles(Actor me, Model model) {
		Map<String, String> names = new HashMap<>();
		Map<String, Assignee> takers = new HashMap<>();
		assignments.roles(me).forEach((code, role) -> {
			names.put(code, role.name(LocaleContextHolder.getLocale()));
			role.taker().ifPresent(t -> takers.put(code, t));
		});
		model.addAttribute("roleNames", names);
		model.addAttribute("takers", takers);
	}

	@PostMapping("/tasks/{id}")
	String change(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) TaskStatus status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Integer toggle,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			desk.change(actors.current(), id, new TaskChanges(version, status, reason, null, null, null, null,
					toggle == null ? null : List.of(toggle), note));
			redirect.addFlashAttribute("flash", "task.saved");
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem("version", "task.stale", new Object[0])));
		}
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/answers")
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) EvidenceKind kind,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect)
			throws IOException {
		try {
			requests.answer(actors.current(), id, text, kind, ResponseApi.uploads(files));
			redirect.addFlashAttribute("flash", "request.answered");
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/tasks/" + id + "#answers";
	}

	@GetMapping("/tasks")
	String mine(@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("pageOf", desk.mine(actors.current(), status, PageRequest.of(page, null)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", TaskStatus.values());
		return "response/my-tasks";
	}

}
