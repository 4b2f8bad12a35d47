package jp.hikeshi.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.shared.web.HikeshiLocaleResolver;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own settings: language and API tokens. */
@Controller
class ProfilePages {

	private final Accounts accounts;
	private final Actors actors;
	private final LocaleResolver locales;

	ProfilePages(Accounts accounts, Actors actors, LocaleResolver locales) {
		this.accounts = accounts;
		this.actors = actors;
		this.locales = locales;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		model.addAttribute("tokens", accounts.tokensOf(actors.current()));
		return "identity/profile";
	}

	@PostMapping("/profile/language")
	String language(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletRequest request,
			HttpServletResponse response) {
		var locale = HikeshiLocaleResolver.supported(lang);
		if (locale != null) {
			accounts.preferLocale(actors.current(), locale);
			locales.setLocale(request, response, locale);
		}
		return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/profile");
	}

	@PostMapping("/profile/tokens")
	String issue(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		Actor me = actors.current();
		String label = name == null || name.isBlank() ? "token" : name.trim();
		var issued = accounts.issueToken(me, label.length() > 100 ? label.substring(0, 100) : label);
		redirect.addFlashAttribute("issued", issued);
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		accounts.revokeToken(actors.current(), id);
		return "redirect:/profile";
	}
}
