package jp.hikeshi.directory.web;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import jp.hikeshi.directory.ContactDirectory;
import jp.hikeshi.directory.ContactView;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The internal contacts pages. */
@Controller
@RequestMapping("/contacts")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class ContactPages {

	private final ContactDirectory contacts;

	private final People people;

	private final Actors actors;

	private final Validator validator;

	ContactPages(ContactDirectory contacts, People people, Actors actors, Validator validator) {
		this.contacts = contacts;
		this.people = people;
		this.actors = actors;
		this.validator = validator;
	}

	@ModelAttribute("users")
	List<Person> users() {
		return actors.find().map(a -> people.withAnyRole(a.organisation(), Role.values())).orElse(List.of());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			HtmxRequest htmx, Model model) {
		model.addAttribute("contacts",
				contacts.page(actors.current().organisation(), q, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
		model.addAttribute("q", q);
		return htmx.isHtmxRequest() ? "directory/contacts :: results" : "directory/contacts";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String newContact(Model model) {
		model.addAttribute("contactForm", new ContactForm());
		return "directory/contact";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String create(@ModelAttribute("contactForm") ContactForm form, BindingResult result, RedirectAttributes redirect) {
		return FormChecks.submit(validator, form.input(), result, UnaryOperator.identity(), "directory/contact", () -> {
			ContactView created = contacts.register(actors.current(), form.input());
			redirect.addFlashAttribute("flash", "directory.contact.saved");
			return "redirect:/contacts/" + created.id();
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		ContactView contact = load(id);
		model.addAttribute("contact", contact);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return "directory/contact";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String update(@PathVariable UUID id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("contact", load(id));
		return FormChecks.submit(validator, form.input(), result, UnaryOperator.identity(), "directory/contact", () -> {
			contacts.describe(actors.current(), id, form.input(), form.getVersion());
			redirect.addFlashAttribute("flash", "directory.contact.saved");
			return "redirect:/contacts/" + id;
		});
	}

	private ContactView load(UUID id) {
		return contacts.find(actors.current().organisation(), id)
			.orElseThrow(() -> new NotFoundException("contact", id));
	}

}
