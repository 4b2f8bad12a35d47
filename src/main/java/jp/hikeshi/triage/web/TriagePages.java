package jp.hikeshi.triage.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.PriorityRules;
import jp.hikeshi.incident.QueueFilter;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.intake.ReportSummary;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.triage.Finding;
import jp.hikeshi.triage.TriageDesk;
import jp.hikeshi.triage.TriageOutcome;
import jp.hikeshi.triage.TriageView;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage screen of a report: facts, the category's checks, the decision with a live
 * priority preview.
 */
@Controller
@RequestMapping("/reports/{id}/triage")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class TriagePages {

	/** Enough open incidents to attach to; the queue ranks the likeliest first. */
	private static final int ATTACHABLE = 100;

	private final TriageDesk desk;

	private final ReportDesk reports;

	private final IncidentQueries incidents;

	private final PriorityRules priorities;

	private final Actors actors;

	private final DisplayZone zone;

	TriagePages(TriageDesk desk, ReportDesk reports, IncidentQueries incidents, PriorityRules priorities, Actors actors,
			DisplayZone zone) {
		this.desk = desk;
		this.reports = reports;
		this.incidents = incidents;
		this.priorities = priorities;
		this.actors = actors;
		this.zone = zone;
	}

	/**
	 * The form as recorded; {@code ?decision=} shows the fields of that decision only
	 * (the htmx radios ask for the fragment, a link or a page without JavaScript gets the
	 * whole page).
	 */
	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(required = false) String decision, HtmxRequest htmx, Model model) {
		TriageView triage = desk.get(actors.current(), id);
		TriageForm form = TriageForm.of(triage, zone);
		if (decision != null) {
			form.setDecision(Arrays.stream(TriageOutcome.values())
				.filter(o -> o.name().equals(decision))
				.findFirst()
				.orElse(null));
		}
		model.addAttribute("triageForm", form);
		String page = page(id, triage, model);
		return htmx.isHtmxRequest() ? page + " :: sections" : page;
	}

	/**
	 * Without JavaScript: the typed form comes back with the fields of the chosen
	 * decision, nothing saved.
	 */
	@PostMapping("/outcome")
	String showSections(@PathVariable UUID id, @ModelAttribute("triageForm") TriageForm form, Model model) {
		return page(id, desk.get(actors.current(), id), model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String triage(@PathVariable UUID id, @ModelAttribute("triageForm") TriageForm form, Model model,
			RedirectAttributes redirect) {
		Actor me = actors.current();
		try {
			TriageView result = desk.triage(me, id, form.toRequest(zone, duplicateOf(me, form.getDuplicateOfNumber())));
			redirect.addFlashAttribute("flash",
					result.outcome() == null ? "triage.saved" : "triage.decided." + result.outcome());
			redirect.addFlashAttribute("flashArg", result.reportNumber());
			return result.outcome() == TriageOutcome.INCIDENT ? "redirect:/incidents/" + result.incidentId()
					: "redirect:/reports/" + id + "/triage";
		}
		catch (RejectedInputException ex) {
			model.addAttribute("problems", ex.problems());
			return page(id, desk.get(me, id), model);
		}
	}

	/** The duplicate is typed as the number people quote (R-2026-0001). */
	private UUID duplicateOf(Actor me, String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		String wanted = number.strip();
		return reports.list(me, new ReportFilter(null, null, null, null, null, wanted), PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(r -> r.number().equalsIgnoreCase(wanted))
			.map(ReportSummary::id)
			.findFirst()
			.orElseThrow(() -> new RejectedInputException(
					List.of(new FieldProblem("duplicateOf", "triage.duplicateOf.unknown", wanted))));
	}

	private String page(UUID id, TriageView triage, Model model) {
		Actor me = actors.current();
		model.addAttribute("report", reports.get(me, id));
		model.addAttribute("triage", triage);
		model.addAttribute("findings", Finding.values());
		model.addAttribute("outcomes", TriageOutcome.values());
		model.addAttribute("urgencies", Urgency.values());
		var scheme = priorities.scheme(me.organisation());
		model.addAttribute("severities", new ArrayList<>(scheme.severities()));
		model.addAttribute("matrix", priorities.matrix(me.organisation(), scheme));
		model.addAttribute("openIncidents",
				incidents.queue(me, QueueFilter.open(), PageRequest.of(0, ATTACHABLE)).items());
		return "triage/triage";
	}

}
