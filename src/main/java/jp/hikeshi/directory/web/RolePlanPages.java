package jp.hikeshi.directory.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.hikeshi.directory.Activity;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ContactDirectory;
import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanView;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorView;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Mailbox;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The role plan editor (GEN-2) and the printable role plan sheet 体制・役割分担表. */
@Controller
@RequestMapping("/role-plan")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class RolePlanPages {

	private static final Pattern ROLE_FIELD = Pattern.compile("roles\\[(\\d+)\\].*");

	private final RolePlanBook book;

	private final VendorDirectory vendors;

	private final ContactDirectory contacts;

	private final OutsideBodies bodies;

	private final OrganisationSettings settings;

	private final People people;

	private final Actors actors;

	private final MessageSource messages;

	RolePlanPages(RolePlanBook book, VendorDirectory vendors, ContactDirectory contacts, OutsideBodies bodies,
			OrganisationSettings settings, People people, Actors actors, MessageSource messages) {
		this.book = book;
		this.vendors = vendors;
		this.contacts = contacts;
		this.bodies = bodies;
		this.settings = settings;
		this.people = people;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String editor(Model model) {
		return editor(RolePlanDraft.of(book.plan(actors.current().organisation())), List.of(), model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	String save(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		RolePlanDraft draft = RolePlanDraft.parse(form);
		try {
			book.replace(actors.current(), draft.input());
			redirect.addFlashAttribute("flash", "rolePlan.saved");
			return "redirect:/role-plan";
		}
		catch (RejectedInputException ex) {
			return editor(draft, describe(ex, draft, locale), model);
		}
	}

	@GetMapping("/sheet")
	String sheet(Model model) {
		OrganisationId organisation = actors.current().organisation();
		RolePlanView plan = book.plan(organisation);
		Set<UUID> users = new HashSet<>();
		plan.roles().forEach(r -> {
			members(r.primary(), r.deputies()).stream()
				.filter(a -> a.kind() == AssigneeKind.USER)
				.forEach(a -> users.add(a.id()));
		});
		Map<UUID, String> emails = people.mailboxes(organisation, users, Role.ADMIN)
			.stream()
			.filter(m -> users.contains(m.userId()))
			.collect(Collectors.toMap(Mailbox::userId, Mailbox::address, (a, b) -> a));
		List<VendorView> active = vendors.all(organisation).stream().filter(VendorView::active).toList();
		model.addAttribute("organisationName", settings.name(organisation, LocaleContextHolder.getLocale()));
		model.addAttribute("plan", plan);
		model.addAttribute("activities", Activity.ALL);
		model.addAttribute("emails", emails);
		model.addAttribute("phones", contacts.linkedTo(organisation, users));
		model.addAttribute("vendorsById",
				active.stream().collect(Collectors.toMap(VendorView::id, Function.identity())));
		model.addAttribute("vendors", active);
		model.addAttribute("bodies", bodies.all(organisation));
		return "directory/role-plan-sheet";
	}

	private String editor(RolePlanDraft draft, List<String> errors, Model model) {
		OrganisationId organisation = actors.current().organisation();
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		model.addAttribute("activities", Activity.ALL);
		model.addAttribute("users", people.withAnyRole(organisation, Role.values()));
		model.addAttribute("vendorChoices", vendors.list(organisation));
		return "directory/role-plan";
	}

	/** Each fault as a sentence that names the role or matrix cell it concerns. */
	private List<String> describe(RejectedInputException ex, RolePlanDraft draft, Locale locale) {
		List<RolePlanDraft.Row> kept = draft.kept();
		List<String> lines = new ArrayList<>();
		for (FieldProblem p : ex.problems()) {
			String message = messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
			Matcher role = ROLE_FIELD.matcher(p.field());
			String where = p.field();
			if (role.matches() && Integer.parseInt(role.group(1)) < kept.size()) {
				RolePlanDraft.Row row = kept.get(Integer.parseInt(role.group(1)));
				where = row.nameJa().isEmpty() ? row.code() : row.nameJa() + " (" + row.code() + ")";
			}
			lines.add(where + ": " + message);
		}
		return lines;
	}

	private static List<Assignee> members(Assignee primary, List<Assignee> deputies) {
		List<Assignee> all = new ArrayList<>(deputies);
		if (primary != null) {
			all.add(primary);
		}
		return all;
	}

}
