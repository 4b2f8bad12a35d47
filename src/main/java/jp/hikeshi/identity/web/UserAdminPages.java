package jp.hikeshi.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.internal.PasswordPolicy;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.shared.web.HikeshiLocaleResolver;

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

/**
 * Administrators create accounts, assign roles, reset passwords, lift lock-outs and
 * revoke an account's tokens.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

	private final Accounts accounts;

	private final Actors actors;

	UserAdminPages(Accounts accounts, Actors actors) {
		this.accounts = accounts;
		this.actors = actors;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", ownUsers());
		model.addAttribute("userForm", new UserForm());
		return "identity/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getUsername() == null || form.getUsername().isBlank()) {
			result.rejectValue("username", "user.username.required");
		}
		else if (!form.getUsername().matches("[A-Za-z0-9._@-]{3,100}")) {
			result.rejectValue("username", "user.username.pattern");
		}
		PasswordPolicy.check("password", form.getPassword(), form.getUsername())
			.forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
		if (!result.hasErrors()) {
			try {
				User user = accounts.create(new Accounts.NewAccount(form.getUsername(), form.getDisplayName(),
						form.getEmail(), form.getPassword(), locale(form), form.getRoles()), actors.current());
				redirect.addFlashAttribute("flash", "user.created");
				return "redirect:/admin/users/" + user.id();
			}
			catch (RejectedInputException ex) {
				ex.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			}
		}
		model.addAttribute("users", ownUsers());
		return "identity/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		User user = owned(id);
		UserForm form = new UserForm();
		form.setUsername(user.username());
		form.setDisplayName(user.displayName());
		form.setEmail(user.email());
		form.setRoles(user.roles());
		form.setEnabled(user.enabled());
		form.setLocale(user.locale().getLanguage());
		model.addAttribute("user", user);
		model.addAttribute("userForm", form);
		model.addAttribute("tokens", accounts.tokensOf(id, actors.current()));
		model.addAttribute("now", java.time.Instant.now());
		return "identity/user";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		User user = owned(id);
		form.setUsername(user.username());
		if (!result.hasErrors()) {
			try {
				accounts.update(id, form.getDisplayName(), form.getEmail(), form.getRoles(), form.isEnabled(),
						actors.current());
				redirect.addFlashAttribute("flash", "user.updated");
				return "redirect:/admin/users/" + id;
			}
			catch (RejectedInputException ex) {
				ex.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			}
		}
		model.addAttribute("user", user);
		model.addAttribute("tokens", accounts.tokensOf(id, actors.current()));
		model.addAttribute("now", java.time.Instant.now());
		return "identity/user";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(owned(id).id(), password, actors.current());
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("passwordErrors", ex.problems());
			return "redirect:/admin/users/" + id;
		}
		redirect.addFlashAttribute("flash", "user.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/tokens/{token}/revoke")
	String revokeToken(@PathVariable UUID id, @PathVariable UUID token, RedirectAttributes redirect) {
		owned(id);
		accounts.revokeToken(actors.current(), token);
		redirect.addFlashAttribute("flash", "token.adminRevoked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		accounts.unlock(owned(id).id(), actors.current());
		redirect.addFlashAttribute("flash", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	private static Locale locale(UserForm form) {
		Locale locale = HikeshiLocaleResolver.supported(form.getLocale());
		return locale == null ? Locale.JAPANESE : locale;
	}

	/**
	 * The accounts of the administrator's own organisation (an installation may hold
	 * several).
	 */
	private List<User> ownUsers() {
		OrganisationId organisation = actors.current().organisation();
		return accounts.all().stream().filter(u -> u.organisation().equals(organisation)).toList();
	}

	/**
	 * An account of the administrator's organisation; another organisation's is not
	 * found.
	 */
	private User owned(UUID id) {
		User user = accounts.get(id);
		if (!user.organisation().equals(actors.current().organisation())) {
			throw new NotFoundException("user", id);
		}
		return user;
	}

}
