package jp.hikeshi.intake.web;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.intake.AlertDecision;
import jp.hikeshi.intake.AlertFilter;
import jp.hikeshi.intake.AlertQueue;
import jp.hikeshi.intake.Severity;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert queue page with lanes, counts, filters and bulk actions, and the page of one
 * alert.
 */
@Controller
@RequestMapping("/alerts")
@PreAuthorize("hasAnyRole('HANDLER','ADMIN','MANAGER')")
class AlertPages {

	private final AlertQueue queue;

	private final Actors actors;

	private final Categories categories;

	AlertPages(AlertQueue queue, Actors actors, Categories categories) {
		this.queue = queue;
		this.actors = actors;
		this.categories = categories;
	}

	@GetMapping
	String queue(@RequestParam(required = false) AlertFilter.Lane lane, @RequestParam(required = false) String source,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) UUID incident,
			@RequestParam(required = false) Integer page, HtmxRequest htmx, Model model) {
		Actor me = actors.current();
		AlertFilter filter = new AlertFilter(lane, source, severity, incident);
		model.addAttribute("filter", filter);
		model.addAttribute("lanes", AlertFilter.Lane.values());
		model.addAttribute("severities", Severity.values());
		AlertQueue.Lanes lanes = queue.lanes(me, filter, PageRequest.of(page, PageRequest.DEFAULT_SIZE));
		model.addAttribute("counts", lanes.counts());
		model.addAttribute("alerts", lanes.alerts());
		model.addAttribute("categories", categories.active(me.organisation()));
		return htmx.isHtmxRequest() ? "intake/alerts :: results" : "intake/alerts";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Actor me = actors.current();
		model.addAttribute("alert", queue.get(me, id));
		model.addAttribute("categories", categories.active(me.organisation()));
		return "intake/alert";
	}

	@PostMapping("/promote")
	@PreAuthorize("hasAnyRole('HANDLER','ADMIN')")
	String promote(@RequestParam(name = "alertIds", required = false) List<UUID> ids,
			@RequestParam(required = false) String category, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) {
		try {
			AlertDecision decision = queue.promote(actors.current(), ids, category, summary);
			redirect.addFlashAttribute("flash", "alert.promoted");
			redirect.addFlashAttribute("flashArg", decision.alertIds().size() + " → " + decision.reportNumber());
			return "redirect:/reports/" + decision.reportId();
		}
		catch (RejectedInputException ex) {
			return refused(ex, redirect);
		}
	}

	@PostMapping("/attach")
	@PreAuthorize("hasAnyRole('HANDLER','ADMIN')")
	String attach(@RequestParam(name = "alertIds", required = false) List<UUID> ids,
			@RequestParam(name = "incidentId", required = false) String incidentId, RedirectAttributes redirect) {
		try {
			AlertDecision decision = queue.attach(actors.current(), ids, incident(incidentId));
			redirect.addFlashAttribute("flash", "alert.attached");
			redirect.addFlashAttribute("flashArg", decision.alertIds().size() + " → " + decision.incidentNumber());
			return "redirect:/incidents/" + decision.incidentId();
		}
		catch (RejectedInputException ex) {
			return refused(ex, redirect);
		}
	}

	/**
	 * The form takes the incident's id or its number as people quote it (INC-2026-0001).
	 */
	private UUID incident(String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(given.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return queue.incidentByNumber(actors.current(), given.strip())
				.orElseThrow(() -> new RejectedInputException("incidentId", "alert.incident.unknown", given.strip()));
		}
	}

	@PostMapping("/dismiss")
	@PreAuthorize("hasAnyRole('HANDLER','ADMIN')")
	String dismiss(@RequestParam(name = "alertIds", required = false) List<UUID> ids,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			AlertDecision decision = queue.dismiss(actors.current(), ids, reason);
			redirect.addFlashAttribute("flash", "alert.dismissed");
			redirect.addFlashAttribute("flashArg", decision.alertIds().size());
		}
		catch (RejectedInputException ex) {
			return refused(ex, redirect);
		}
		return "redirect:/alerts";
	}

	/** The first fault is shown on the queue; the rest follow from fixing it. */
	private static String refused(RejectedInputException ex, RedirectAttributes redirect) {
		var problem = ex.problems().get(0);
		redirect.addFlashAttribute("flash", problem.messageKey());
		redirect.addFlashAttribute("flashArg", problem.args().length == 0 ? null : problem.args()[0]);
		return "redirect:/alerts";
	}

}
