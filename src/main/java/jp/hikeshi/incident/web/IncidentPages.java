package jp.hikeshi.incident.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.ClosingRefusedException;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentProgress;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.IncidentTimeline;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.PriorityRules;
import jp.hikeshi.incident.PriorityScheme;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.QueueFilter;
import jp.hikeshi.incident.TimelineInput;
import jp.hikeshi.incident.TimelineKind;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue page and the incident page with its four process lanes and two timelines.
 * Each change is a plain form that posts and redirects; with htmx the same form swaps the
 * incident's body in place.
 */
@Controller
@RequestMapping("/incidents")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class IncidentPages {

	private static final int TIMELINE_PAGE = 50;

	private final IncidentQueries incidents;

	private final IncidentCommands commands;

	private final IncidentTimeline timeline;

	private final PriorityRules priorities;

	private final People people;

	private final Actors actors;

	private final DisplayZone zone;

	private final IncidentProgress progress;

	IncidentPages(IncidentQueries incidents, IncidentCommands commands, IncidentTimeline timeline,
			PriorityRules priorities, People people, Actors actors, DisplayZone zone, IncidentProgress progress) {
		this.incidents = incidents;
		this.commands = commands;
		this.timeline = timeline;
		this.priorities = priorities;
		this.people = people;
		this.actors = actors;
		this.zone = zone;
		this.progress = progress;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String state, @RequestParam(required = false) String category,
			@RequestParam(required = false) UUID commanderId, @RequestParam(required = false) IncidentProcess process,
			@RequestParam(required = false) ProcessState processState, @RequestParam(required = false) Integer page,
			HtmxRequest htmx, Model model) {
		Actor me = actors.current();
		// a form with only one of the pair chosen filters by neither, rather than failing
		QueueFilter filter = IncidentApi.filter(state, category, commanderId, processState == null ? null : process,
				process == null ? null : processState);
		model.addAttribute("filter", filter);
		model.addAttribute("incidents", incidents.queue(me, filter, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
		model.addAttribute("commanders", people.withAnyRole(me.organisation(), Role.HANDLER, Role.ADMIN, Role.MANAGER));
		model.addAttribute("processes", IncidentProcess.values());
		model.addAttribute("processStates", ProcessState.values());
		return htmx.isHtmxRequest() ? "incident/queue :: results" : "incident/queue";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String order, Model model) {
		return page(id, IncidentApi.newestFirst(order), model, false);
	}

	@GetMapping("/priority-preview")
	String preview(@RequestParam(required = false) Urgency urgency, @RequestParam(required = false) String severity,
			Model model) {
		if (urgency != null && severity != null && PriorityScheme.ofSeverity(severity).isPresent()) {
			model.addAttribute("preview", priorities.rank(actors.current().organisation(), urgency, severity).label());
		}
		return "incident/priority :: preview";
	}

	@PostMapping("/{id}/processes")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String processes(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
			HtmxRequest htmx, Model model) {
		Map<IncidentProcess, ProcessState> lanes = new EnumMap<>(IncidentProcess.class);
		for (IncidentProcess process : IncidentProcess.values()) {
			String value = form.get(process.name());
			if (value != null && !value.isBlank()) {
				lanes.put(process, ProcessState.valueOf(value));
			}
		}
		return change(id, htmx, model, () -> IncidentChanges.version(version).withProcesses(lanes));
	}

	@PostMapping("/{id}/state")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String state(@PathVariable UUID id, @RequestParam long version, @RequestParam IncidentState state,
			@RequestParam(required = false) String reason, HtmxRequest htmx, Model model) {
		return change(id, htmx, model, () -> IncidentChanges.version(version).withState(state).because(reason));
	}

	@PostMapping("/{id}/ranking")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String ranking(@PathVariable UUID id, @RequestParam long version, @RequestParam Urgency urgency,
			@RequestParam String severity, @RequestParam(required = false) String reason, HtmxRequest htmx,
			Model model) {
		return change(id, htmx, model,
				() -> IncidentChanges.version(version).withRanking(urgency, severity).because(reason));
	}

	@PostMapping("/{id}/people")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String assign(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID commanderId,
			@RequestParam(required = false) List<UUID> handlerIds, HtmxRequest htmx, Model model) {
		return change(id, htmx, model, () -> IncidentChanges.version(version)
			.withPeople(commanderId, handlerIds == null ? List.of() : handlerIds));
	}

	@PostMapping("/{id}/times")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String times(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredTo,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime detectedAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime becameAwareAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime containedAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime recoveredAt,
			HtmxRequest htmx, Model model) {
		IncidentView now = incidents.get(actors.current(), id);
		return change(id, htmx, model,
				() -> IncidentChanges.version(version)
					.withTimes(typed(occurredFrom, now.occurredFrom()), typed(occurredTo, now.occurredTo()),
							typed(detectedAt, now.detectedAt()), typed(containedAt, now.containedAt()),
							typed(recoveredAt, now.recoveredAt()), typed(becameAwareAt, now.becameAwareAt())));
	}

	/**
	 * The form shows minutes only; a field sent back as shown must not wipe the seconds
	 * of the recorded time.
	 */
	private Instant typed(LocalDateTime local, Instant recorded) {
		Instant given = zone.toInstant(local);
		boolean unchanged = given != null && recorded != null && recorded.truncatedTo(ChronoUnit.MINUTES).equals(given);
		return unchanged ? null : given;
	}

	@PostMapping("/{id}/timeline")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String addToTimeline(@PathVariable UUID id, @RequestParam TimelineKind kind,
			@RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@RequestParam(required = false) String source, HtmxRequest htmx, Model model) {
		if (text == null || text.isBlank()) {
			model.addAttribute("problems", List.of(new FieldProblem("text", "timeline.text.required")));
			return page(id, false, model, htmx.isHtmxRequest());
		}
		try {
			timeline.add(actors.current(), id, new TimelineInput(kind, text, zone.toInstant(occurredAt), source));
		}
		catch (RejectedInputException ex) {
			model.addAttribute("problems", ex.problems());
			return page(id, false, model, htmx.isHtmxRequest());
		}
		return htmx.isHtmxRequest() ? page(id, false, model, true) : "redirect:/incidents/" + id;
	}

	private String change(UUID id, HtmxRequest htmx, Model model, Supplier<IncidentChanges> changes) {
		try {
			commands.update(actors.current(), id, changes.get());
		}
		catch (ClosingRefusedException ex) {
			model.addAttribute("closingRefusal", ex.openItems());
			return page(id, false, model, htmx.isHtmxRequest());
		}
		catch (RejectedInputException ex) {
			model.addAttribute("problems", ex.problems());
			return page(id, false, model, htmx.isHtmxRequest());
		}
		return htmx.isHtmxRequest() ? page(id, false, model, true) : "redirect:/incidents/" + id;
	}

	private String page(UUID id, boolean newestFirst, Model model, boolean fragment) {
		Actor me = actors.current();
		IncidentView incident = incidents.get(me, id);
		model.addAttribute("incident", incident);
		model.addAttribute("newestFirst", newestFirst);
		model.addAttribute("log",
				timeline.entries(me, id, TimelineKind.LOG, newestFirst, PageRequest.of(0, TIMELINE_PAGE)));
		model.addAttribute("events",
				timeline.entries(me, id, TimelineKind.EVENT, newestFirst, PageRequest.of(0, TIMELINE_PAGE)));
		model.addAttribute("canEdit", me.has(Role.ADMIN) || me.has(Role.HANDLER));
		model.addAttribute("urgencies", Urgency.values());
		List<String> severities = new ArrayList<>(priorities.scheme(me.organisation()).severities());
		if (!severities.contains(incident.severity())) {
			severities.add(incident.severity());
		}
		model.addAttribute("severities", severities);
		model.addAttribute("processes", IncidentProcess.values());
		model.addAttribute("processStates", ProcessState.values());
		model.addAttribute("lanesByHand", progress.lanesSetByHand(me.organisation(), id));
		model.addAttribute("states", IncidentState.values());
		model.addAttribute("people", people.withAnyRole(me.organisation(), Role.HANDLER, Role.ADMIN, Role.MANAGER));
		return fragment ? "incident/incident :: incident-body" : "incident/incident";
	}

}
