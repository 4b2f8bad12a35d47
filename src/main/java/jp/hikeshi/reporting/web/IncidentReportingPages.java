package jp.hikeshi.reporting.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.Channel;
import jp.hikeshi.reporting.DocumentKind;
import jp.hikeshi.reporting.NotificationInput;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.Outsourcing;
import jp.hikeshi.reporting.PrivacyDesk;
import jp.hikeshi.reporting.PrivacyFacts;
import jp.hikeshi.reporting.RansomStance;
import jp.hikeshi.reporting.RecipientKind;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

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
 * The reporting page of an incident: the APPI assessment form with its decision and
 * deadlines, the REP-5 rule for ransomware, the documents, and the notification plan with
 * its actions; plus the page of one notification.
 */
@Controller
class IncidentReportingPages {

	private final PrivacyDesk privacy;

	private final NotificationPlan plan;

	private final RansomStance ransom;

	private final IncidentQueries incidents;

	private final Actors actors;

	private final Validator validator;

	private final DisplayZone zone;

	private final OutsideBodies bodies;

	IncidentReportingPages(PrivacyDesk privacy, NotificationPlan plan, RansomStance ransom, IncidentQueries incidents,
			Actors actors, Validator validator, DisplayZone zone, OutsideBodies bodies) {
		this.bodies = bodies;
		this.privacy = privacy;
		this.plan = plan;
		this.ransom = ransom;
		this.incidents = incidents;
		this.actors = actors;
		this.validator = validator;
		this.zone = zone;
	}

	@GetMapping("/incidents/{id}/reporting")
	String page(@PathVariable UUID id, Model model) {
		Actor me = actors.current();
		var assessment = privacy.assessment(me, id);
		IncidentView incident = incidents.get(me, id);
		if (!model.containsAttribute("assessmentForm")) {
			model.addAttribute("assessmentForm", assessment.map(a -> AssessmentForm.of(a, zone))
				.orElseGet(() -> AssessmentForm.startingAt(incident.becameAwareAt(), zone)));
		}
		model.addAttribute("outsideBodies", bodies.all(me.organisation()));
		model.addAttribute("incident", incident);
		model.addAttribute("assessment", assessment.orElse(null));
		model.addAttribute("obligations", privacy.obligations(me, id));
		model.addAttribute("plan", plan.plan(me, id));
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("outsourcings", Outsourcing.values());
		model.addAttribute("ransomware", RansomStance.RANSOMWARE.equals(incident.category()));
		model.addAttribute("ransomDecision", ransom.decision(me, id).orElse(null));
		return "reporting/incident-reporting";
	}

	@PostMapping("/incidents/{id}/reporting/assessment")
	String assess(@PathVariable UUID id, @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PrivacyFacts facts = form.toFacts(zone);
		for (ConstraintViolation<PrivacyFacts> v : validator.validate(facts)) {
			result.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage());
		}
		if (!result.hasErrors()) {
			try {
				privacy.assess(actors.current(), id, facts, form.getRevision());
				redirect.addFlashAttribute("flash", "reporting.assessment.saved");
				return "redirect:/incidents/" + id + "/reporting";
			}
			catch (RejectedInputException ex) {
				ex.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
			}
		}
		return page(id, model);
	}

	/** The answer to "the incident's 知った時 changed: should the assessment follow?" */
	@PostMapping("/incidents/{id}/reporting/became-aware")
	String answerBecameAware(@PathVariable UUID id, @RequestParam boolean follow, RedirectAttributes redirect) {
		privacy.answerBecameAwareQuestion(actors.current(), id, follow);
		redirect.addFlashAttribute("flash", follow ? "reporting.becameAware.followed" : "reporting.becameAware.kept");
		return "redirect:/incidents/" + id + "/reporting";
	}

	@PostMapping("/incidents/{id}/reporting/ransom-decision")
	String confirmRansom(@PathVariable UUID id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		ransom.confirm(actors.current(), id, note);
		redirect.addFlashAttribute("flash", "reporting.rep5.saved");
		return "redirect:/incidents/" + id + "/reporting";
	}

	@PostMapping("/incidents/{id}/notifications")
	String takeUp(@PathVariable UUID id, @RequestParam RecipientKind recipientKind,
			@RequestParam(defaultValue = "ja") String language, RedirectAttributes redirect) {
		NotificationView created = plan.add(actors.current(), id,
				NotificationInput.to(recipientKind)
					.inLanguage("en".equals(language) ? "en" : "ja")
					.withEvidence(List.of()));
		redirect.addFlashAttribute("flash", "reporting.notification.planned");
		return "redirect:/incidents/" + id + "/notifications/" + created.id();
	}

	@GetMapping("/incidents/{id}/notifications/{notificationId}")
	String notification(@PathVariable UUID id, @PathVariable UUID notificationId, Model model) {
		Actor me = actors.current();
		model.addAttribute("incident", incidents.get(me, id));
		model.addAttribute("n",
				plan.plan(me, id)
					.stream()
					.filter(n -> notificationId.equals(n.id()))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("notification", notificationId)));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("documentKinds", DocumentKind.values());
		return "reporting/notification";
	}

	@PostMapping("/incidents/{id}/notifications/{notificationId}")
	String revise(@PathVariable UUID id, @PathVariable UUID notificationId, @RequestParam long version,
			@RequestParam RecipientKind recipientKind, @RequestParam Channel channel,
			@RequestParam(required = false) String recipient, @RequestParam(defaultValue = "ja") String language,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String content,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String action,
			RedirectAttributes redirect) {
		Actor me = actors.current();
		try {
			if ("acknowledge".equals(action)) {
				plan.acknowledge(me, id, notificationId, version);
			}
			else {
				NotificationView saved = plan.revise(me, id, notificationId,
						NotificationInput.to(recipientKind)
							.because(reason)
							.withChannel(channel)
							.withRecipient(recipient)
							.inLanguage("en".equals(language) ? "en" : "ja")
							.withSubject(subject)
							.withContent(content),
						version);
				if ("send".equals(action)) {
					plan.send(me, id, notificationId, saved.version());
				}
			}
			redirect.addFlashAttribute("flash", "reporting.notification.saved");
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("flash", ex.problems().get(0).messageKey());
			redirect.addFlashAttribute("flashArg",
					ex.problems().get(0).args().length > 0 ? ex.problems().get(0).args()[0] : null);
		}
		return "redirect:/incidents/" + id + "/notifications/" + notificationId;
	}

}
