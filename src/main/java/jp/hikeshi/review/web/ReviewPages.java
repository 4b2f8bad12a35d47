package jp.hikeshi.review.web;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.ClosingRefusedException;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.review.ReviewOutcome;
import jp.hikeshi.review.Reviews;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The review page: outcome, texts and a short list of prevention measures with owner and
 * due day. Save keeps the review; 「振り返りを保存して終結」 saves it and closes the incident, showing
 * what still keeps it open if anything does.
 */
@Controller
@RequestMapping("/incidents/{id}/review")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class ReviewPages {

	private final Reviews reviews;

	private final IncidentQueries incidents;

	private final IncidentCommands incidentCommands;

	private final People people;

	private final Vendors vendors;

	private final Actors actors;

	private final MessageSource messages;

	ReviewPages(Reviews reviews, IncidentQueries incidents, IncidentCommands incidentCommands, People people,
			Vendors vendors, Actors actors, MessageSource messages) {
		this.reviews = reviews;
		this.incidents = incidents;
		this.incidentCommands = incidentCommands;
		this.people = people;
		this.vendors = vendors;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		Actor me = actors.current();
		return page(me, incidents.get(me, id), ReviewForm.of(reviews.get(me, id).orElse(null)), List.of(), model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String save(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String rootCause, @RequestParam(required = false) String wentWell,
			@RequestParam(required = false) String wentBadly,
			@RequestParam(name = "measureId", required = false) List<String> ids,
			@RequestParam(name = "measureText", required = false) List<String> texts,
			@RequestParam(name = "measureOwner", required = false) List<String> owners,
			@RequestParam(name = "measureDue", required = false) List<String> dues,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) Long incidentVersion,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Actor me = actors.current();
		IncidentView incident = incidents.get(me, id);
		boolean adding = "addRow".equals(action);
		ReviewForm form = ReviewForm.posted(outcome, rootCause, wentWell, wentBadly, ids, texts, owners, dues, version,
				adding ? ReviewForm.SPARE_ROWS + 1 : ReviewForm.SPARE_ROWS);
		if (adding) {
			return page(me, incident, form, List.of(), model);
		}
		try {
			reviews.record(me, id, form.input());
		}
		catch (RejectedInputException ex) {
			return page(me, incident, form, ex.problems(), model);
		}
		catch (OptimisticLockingFailureException ex) {
			return page(me, incident, form, List.of(new FieldProblem("version", "review.stale")), model);
		}
		if ("close".equals(action) && incident.state() != IncidentState.CLOSED) {
			try {
				incidentCommands.update(me, id,
						IncidentChanges.version(incidentVersion == null ? incident.version() : incidentVersion)
							.withState(IncidentState.CLOSED)
							.because(text("review.close.reason")));
			}
			catch (ClosingRefusedException ex) {
				model.addAttribute("saved", true);
				model.addAttribute("closingRefusal", ex.openItems());
				return page(me, incidents.get(me, id), ReviewForm.of(reviews.get(me, id).orElse(null)), List.of(),
						model);
			}
			catch (RejectedInputException | OptimisticLockingFailureException ex) {
				List<FieldProblem> problems = ex instanceof RejectedInputException r ? r.problems()
						: List.of(new FieldProblem("incidentVersion", "review.incidentStale"));
				model.addAttribute("saved", true);
				return page(me, incidents.get(me, id), ReviewForm.of(reviews.get(me, id).orElse(null)), problems,
						model);
			}
			redirect.addFlashAttribute("flash", "review.closed");
			return "redirect:/incidents/" + id;
		}
		redirect.addFlashAttribute("flash", "review.saved");
		return "redirect:/incidents/" + id + "/review";
	}

	private String page(Actor me, IncidentView incident, ReviewForm form, List<FieldProblem> problems, Model model) {
		model.addAttribute("incident", incident);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems.stream().map(this::problem).toList());
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("people", people.withAnyRole(me.organisation(), Reviews.ownerRoles()));
		model.addAttribute("vendors", vendors.list(me.organisation()));
		model.addAttribute("canEdit", me.has(Role.ADMIN) || me.has(Role.HANDLER));
		return "review/review";
	}

	/**
	 * A fault as a line for the page: a measure's fault names its row (1 for the first
	 * filled row).
	 */
	private String problem(FieldProblem p) {
		var locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
		if (p.field() != null && p.field().startsWith("preventionMeasures[")) {
			int row = Integer.parseInt(p.field().substring(19, p.field().indexOf(']'))) + 1;
			return messages.getMessage("review.measure.row", new Object[] { row }, locale) + message;
		}
		return message;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
