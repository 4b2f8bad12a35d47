package jp.hikeshi.remediation.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.remediation.BlockTarget;
import jp.hikeshi.remediation.ContainmentDesk;
import jp.hikeshi.remediation.ContainmentKind;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.EnforcementPoint;
import jp.hikeshi.remediation.NewContainmentAction;
import jp.hikeshi.remediation.NewRecoveryItem;
import jp.hikeshi.remediation.RecoveryChange;
import jp.hikeshi.remediation.RecoveryDesk;
import jp.hikeshi.remediation.RecoveryMethod;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.remediation.StepChange;
import jp.hikeshi.remediation.StepRefusedException;
import jp.hikeshi.remediation.VerificationResult;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page per incident for first aid and recovery (RES-3, RES-4): the actions and items
 * with every step (who and when, in the display zone), forms to add them and to take the
 * next step, and whether the incident is contained or recovered. Forms post and redirect;
 * a refused input shows the page again with the reasons and what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class RemediationPages {

	private final ContainmentDesk containment;

	private final RecoveryDesk recovery;

	private final IncidentQueries incidents;

	private final AssetCatalog assets;

	private final People people;

	private final Vendors vendors;

	private final Actors actors;

	private final Validator validator;

	private final StepTexts texts;

	private final DisplayZone zone;

	RemediationPages(ContainmentDesk containment, RecoveryDesk recovery, IncidentQueries incidents, AssetCatalog assets,
			People people, Vendors vendors, Actors actors, Validator validator, StepTexts texts, DisplayZone zone) {
		this.containment = containment;
		this.recovery = recovery;
		this.incidents = incidents;
		this.assets = assets;
		this.people = people;
		this.vendors = vendors;
		this.actors = actors;
		this.validator = validator;
		this.texts = texts;
		this.zone = zone;
	}

	/**
	 * {@code ?kind=} shows the fields of that kind of first aid only; the htmx kind
	 * select asks for the fragment.
	 */
	@GetMapping("/incidents/{incidentId}/remediation")
	String show(@PathVariable UUID incidentId, @RequestParam(required = false) ContainmentKind kind, HtmxRequest htmx,
			Model model) {
		model.addAttribute("chosenKind", kind);
		String page = page(incidentId, model);
		return htmx.isHtmxRequest() ? page + " :: fields" : page;
	}

	@PostMapping("/incidents/{incidentId}/remediation/containment")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String request(@PathVariable UUID incidentId, @ModelAttribute("containmentForm") NewContainmentAction form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		List<String> problems = problems(form, binding);
		if (problems.isEmpty()) {
			try {
				containment.request(actors.current(), incidentId, form);
				redirect.addFlashAttribute("flash", "remediation.flash.requested");
				return "redirect:/incidents/" + incidentId + "/remediation#containment";
			}
			catch (RejectedInputException ex) {
				problems = ex.problems().stream().map(this::text).toList();
			}
		}
		model.addAttribute("containmentProblems", problems);
		return page(incidentId, model);
	}

	@PostMapping("/containment/{id}/step")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String step(@PathVariable UUID id, @RequestParam ContainmentStep step, @RequestParam long version,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			RedirectAttributes redirect) {
		Actor me = actors.current();
		UUID incidentId = containment.get(me, id).incidentId();
		attempt(redirect, "containment-" + id,
				() -> containment.step(me, id, new StepChange(step, note, zone.toInstant(at), version)));
		return "redirect:/incidents/" + incidentId + "/remediation#containment-" + id;
	}

	@PostMapping("/incidents/{incidentId}/remediation/recovery")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String plan(@PathVariable UUID incidentId, @ModelAttribute("recoveryForm") NewRecoveryItem form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		List<String> problems = problems(form, binding);
		if (problems.isEmpty()) {
			try {
				recovery.plan(actors.current(), incidentId, form);
				redirect.addFlashAttribute("flash", "remediation.flash.planned");
				return "redirect:/incidents/" + incidentId + "/remediation#recovery";
			}
			catch (RejectedInputException ex) {
				problems = ex.problems().stream().map(this::text).toList();
			}
		}
		model.addAttribute("recoveryProblems", problems);
		return page(incidentId, model);
	}

	@PostMapping("/recovery/{id}/step")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String move(@PathVariable UUID id, @RequestParam RecoveryStage step, @RequestParam long version,
			@RequestParam(required = false) VerificationResult result,
			@RequestParam(required = false) UUID restoredByUserId,
			@RequestParam(required = false) UUID restoredByVendorId,
			@RequestParam(required = false) String restoredByVendor,
			@RequestParam(required = false) RecoveryMethod method, @RequestParam(required = false) String methodDetail,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			RedirectAttributes redirect) {
		Actor me = actors.current();
		UUID incidentId = recovery.get(me, id).incidentId();
		attempt(redirect, "recovery-" + id,
				() -> recovery.step(me, id, new RecoveryChange(step, result, restoredByUserId, restoredByVendorId,
						restoredByVendor, method, methodDetail, note, zone.toInstant(at), version)));
		return "redirect:/incidents/" + incidentId + "/remediation#recovery-" + id;
	}

	/**
	 * Runs a step; what goes wrong is said on the page next to the action or item, in the
	 * reader's language.
	 */
	private void attempt(RedirectAttributes redirect, String anchor, Runnable change) {
		String error = null;
		try {
			change.run();
			redirect.addFlashAttribute("flash", "remediation.flash.stepped");
		}
		catch (StepRefusedException ex) {
			error = texts.refused(ex, LocaleContextHolder.getLocale());
		}
		catch (RejectedInputException ex) {
			error = String.join(" ", ex.problems().stream().map(this::text).toList());
		}
		catch (OptimisticLockingFailureException ex) {
			error = texts.messages().getMessage("problem.conflict.detail", null, LocaleContextHolder.getLocale());
		}
		if (error != null) {
			redirect.addFlashAttribute("stepError", error);
			redirect.addFlashAttribute("stepErrorAt", anchor);
		}
	}

	/**
	 * Faults of a typed form as sentences: wrong formats, then the constraints of the
	 * input record.
	 */
	private <T> List<String> problems(T form, BindingResult binding) {
		if (binding.hasErrors()) {
			return binding.getFieldErrors()
				.stream()
				.map(e -> text(new FieldProblem(e.getField(), "validation.typeMismatch")))
				.toList();
		}
		return validator.validate(form).stream().map(ConstraintViolation::getMessage).toList();
	}

	private String text(FieldProblem problem) {
		return texts.messages()
			.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), LocaleContextHolder.getLocale());
	}

	private String page(UUID incidentId, Model model) {
		Actor me = actors.current();
		model.addAttribute("incident", incidents.get(me, incidentId));
		model.addAttribute("actions", containment.forIncident(me, incidentId));
		model.addAttribute("items", recovery.forIncident(me, incidentId));
		model.addAttribute("canEdit", me.has(Role.ADMIN) || me.has(Role.HANDLER));
		model.addAttribute("assets", assets.inService(me.organisation()));
		model.addAttribute("people", people.withAnyRole(me.organisation(), Role.values()));
		model.addAttribute("vendors", vendors.list(me.organisation()));
		model.addAttribute("kinds", ContainmentKind.values());
		Object chosen = model.getAttribute("containmentForm") instanceof NewContainmentAction f && f.kind() != null
				? f.kind() : model.getAttribute("chosenKind");
		model.addAttribute("chosenKind", (chosen == null ? ContainmentKind.values()[0] : chosen).toString());
		model.addAttribute("targetTypes", BlockTarget.values());
		model.addAttribute("enforcementPoints", EnforcementPoint.values());
		model.addAttribute("methods", RecoveryMethod.values());
		return "remediation/remediation";
	}

}
