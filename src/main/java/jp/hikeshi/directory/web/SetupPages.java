package jp.hikeshi.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.OrganisationKind;
import jp.hikeshi.directory.SetupAnswers;
import jp.hikeshi.directory.SetupAnswers.PersonAnswer;
import jp.hikeshi.directory.SetupState;
import jp.hikeshi.directory.SetupStep;
import jp.hikeshi.directory.SetupWizard;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first-run set-up (GEN-2) as five short screens, one step each with back, next and skip; every step is saved
 * when posted, so an administrator can leave and resume at the first unanswered step.
 */
@Controller
@RequestMapping("/setup")
@PreAuthorize("hasRole('ADMIN')")
class SetupPages {

	private final SetupWizard wizard;
	private final People people;
	private final Actors actors;
	private final MessageSource messages;

	SetupPages(SetupWizard wizard, People people, Actors actors, MessageSource messages) {
		this.wizard = wizard;
		this.people = people;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String resume() {
		SetupState state = wizard.state(actors.current().organisation());
		return state.completed() ? "redirect:/setup/done" : "redirect:/setup/" + state.resumeAt().slug();
	}

	@GetMapping("/{slug}")
	String show(@PathVariable String slug, Model model) {
		if ("done".equals(slug)) {
			model.addAttribute("state", wizard.state(actors.current().organisation()));
			return "directory/setup-done";
		}
		SetupStep step = step(slug);
		SetupState state = wizard.state(actors.current().organisation());
		return form(step, state, SetupForms.values(state.answers()), Map.of(), model);
	}

	@PostMapping("/{slug}")
	String answer(@PathVariable String slug, @RequestParam Map<String, String> params, Model model) {
		SetupStep step = step(slug);
		Actor me = actors.current();
		try {
			wizard.answer(me, SetupForms.answers(step, params));
			if (step.next().isPresent()) {
				return "redirect:/setup/" + step.next().get().slug();
			}
			wizard.complete(me);
			return "redirect:/setup/done";
		}
		catch (RejectedInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.putIfAbsent(p.field(),
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), LocaleContextHolder.getLocale())));
			Map<String, String> values = new LinkedHashMap<>(params);
			values.keySet().removeIf(k -> k.endsWith(".password"));
			return form(step, wizard.state(me.organisation()), values, errors, model);
		}
	}

	@PostMapping("/finish")
	String finish(Model model) {
		Actor me = actors.current();
		try {
			wizard.complete(me);
			return "redirect:/setup/done";
		}
		catch (RejectedInputException ex) {
			SetupState state = wizard.state(me.organisation());
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.put("steps", messages.getMessage(p.messageKey(), p.args(), p.messageKey(),
					LocaleContextHolder.getLocale())));
			return form(SetupStep.CONTACTS, state, SetupForms.values(state.answers()), errors, model);
		}
	}

	@PostMapping("/skip")
	String skip() {
		wizard.skip(actors.current());
		return "redirect:/";
	}

	private String form(SetupStep step, SetupState state, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("step", step);
		model.addAttribute("steps", SetupStep.values());
		model.addAttribute("state", state);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("users", people.withAnyRole(actors.current().organisation(), Role.values()));
		return "directory/setup";
	}

	private static SetupStep step(String slug) {
		return SetupStep.bySlug(slug).orElseThrow(() -> new NotFoundException("setup step", slug));
	}

	/** Between the flat form fields ({@code responsible.username}, …) and the answers. */
	static final class SetupForms {

		private SetupForms() {
		}

		static SetupAnswers answers(SetupStep step, Map<String, String> p) {
			return switch (step) {
				case ORGANISATION -> new SetupAnswers(new SetupAnswers.OrganisationAnswer(p.get("organisation.nameJa"),
						p.get("organisation.nameEn"), p.get("organisation.kind")), null, null, null, null, null, null, null, null);
				case RESPONSIBLE -> new SetupAnswers(null, person("responsible", p), person("deputy", p), null, null, null, null,
						null, null);
				case DESK -> new SetupAnswers(null, null, null, person("desk", p), person("system", p), null, null, null, null);
				case VENDOR -> new SetupAnswers(null, null, null, null, null, new SetupAnswers.VendorAnswer(p.get("vendor.name"),
						p.get("vendor.emergencyPhone"), p.get("vendor.email"), person("vendor.account", p)), null, null, null);
				case CONTACTS -> new SetupAnswers(null, null, null, null, null, null, person("management", p), person("pr", p),
						person("legal", p));
			};
		}

		private static PersonAnswer person(String slot, Map<String, String> p) {
			String userId = p.get(slot + ".userId");
			UUID id = null;
			if (userId != null && !userId.isBlank()) {
				try {
					id = UUID.fromString(userId.strip());
				}
				catch (IllegalArgumentException malformed) {
					throw new RejectedInputException(slot + ".userId", "directory.user.unknown");
				}
			}
			return new PersonAnswer(id, id != null ? null : p.get(slot + ".username"), p.get(slot + ".displayName"),
					p.get(slot + ".email"), id != null ? null : p.get(slot + ".password"), p.get(slot + ".phone"));
		}

		/** The answers so far as form fields: a person chosen shows as the selected account; passwords never show. */
		static Map<String, String> values(SetupAnswers a) {
			Map<String, String> values = new LinkedHashMap<>();
			if (a.organisation() != null) {
				put(values, "organisation.nameJa", a.organisation().nameJa());
				put(values, "organisation.nameEn", a.organisation().nameEn());
				put(values, "organisation.kind", a.organisation().kind());
			}
			person(values, "responsible", a.responsible());
			person(values, "deputy", a.deputy());
			person(values, "desk", a.desk());
			person(values, "system", a.system());
			person(values, "management", a.management());
			person(values, "pr", a.pr());
			person(values, "legal", a.legal());
			if (a.vendor() != null) {
				put(values, "vendor.name", a.vendor().name());
				put(values, "vendor.emergencyPhone", a.vendor().emergencyPhone());
				put(values, "vendor.email", a.vendor().email());
				person(values, "vendor.account", a.vendor().account());
			}
			return values;
		}

		private static void person(Map<String, String> values, String slot, PersonAnswer person) {
			if (person == null) {
				return;
			}
			put(values, slot + ".userId", person.userId() == null ? null : person.userId().toString());
			put(values, slot + ".phone", person.phone());
		}

		private static void put(Map<String, String> values, String key, String value) {
			if (value != null) {
				values.put(key, value);
			}
		}
	}
}
