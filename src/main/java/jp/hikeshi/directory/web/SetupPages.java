package jp.hikeshi.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.OrganisationKind;
import jp.hikeshi.directory.SetupState;
import jp.hikeshi.directory.SetupStep;
import jp.hikeshi.directory.SetupWizard;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
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
 * The first-run set-up (GEN-2) as five short screens, one step each with back, next and
 * skip; every step is saved when posted, so an administrator can leave and resume at the
 * first unanswered step.
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
			ex.problems()
				.forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(),
						p.messageKey(), LocaleContextHolder.getLocale())));
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
			ex.problems()
				.forEach(p -> errors.put("steps", messages.getMessage(p.messageKey(), p.args(), p.messageKey(),
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
		model.addAttribute("users", users(values));
		return "directory/setup";
	}

	/**
	 * The people to pick from: the organisation's first ones by name (the pick list is
	 * bounded), and always the ones already chosen in this step, so that a choice is
	 * shown even in an organisation of many people.
	 */
	private List<Person> users(Map<String, String> values) {
		OrganisationId organisation = actors.current().organisation();
		List<Person> users = new ArrayList<>(people.withAnyRole(organisation, Role.values()));
		values.entrySet()
			.stream()
			.filter(e -> e.getKey().endsWith(".userId") && e.getValue() != null && !e.getValue().isBlank())
			.map(e -> parse(e.getValue()))
			.filter(id -> id != null && users.stream().noneMatch(u -> u.id().equals(id)))
			.forEach(id -> people.find(organisation, id, Role.values()).ifPresent(users::add));
		return users;
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static SetupStep step(String slug) {
		return SetupStep.bySlug(slug).orElseThrow(() -> new NotFoundException("setup step", slug));
	}

}
