package jp.hikeshi.identity.web;

import jp.hikeshi.identity.internal.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.internal.SessionLifetime;
import jp.hikeshi.identity.internal.TokenScope;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.shared.web.HikeshiLocaleResolver;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own settings: language, password, sessions and API tokens. */
@Controller
class ProfilePages {

	private final Accounts accounts;

	private final Actors actors;

	private final LocaleResolver locales;

	private final Clock clock;

	private final DisplayZone zone;

	private final Duration sessionIdle;

	ProfilePages(Accounts accounts, Actors actors, LocaleResolver locales, Clock clock, DisplayZone zone,
			SecurityProperties settings) {
		this.accounts = accounts;
		this.actors = actors;
		this.locales = locales;
		this.clock = clock;
		this.zone = zone;
		this.sessionIdle = settings.sessionIdle();
	}

	@GetMapping("/profile")
	String profile(Model model) {
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, zone.zone());
		model.addAttribute("tokens", accounts.tokensOf(actors.current()));
		model.addAttribute("now", now);
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("defaultExpiry", today.plusDays(Accounts.TOKEN_DEFAULT_LIFE.toDays()));
		model.addAttribute("earliestExpiry", today);
		model.addAttribute("latestExpiry", today.plusDays(365));
		model.addAttribute("idleMinutes", sessionIdle.toMinutes());
		return "identity/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			long version = accounts.changeOwnPassword(actors.current(), currentPassword, newPassword);
			SessionLifetime.keepCurrent(request, version);
			redirect.addFlashAttribute("flash", "user.password.changed");
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("passwordErrors", ex.problems());
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/sessions/end")
	String signOutEverywhere(HttpServletRequest request) {
		accounts.endSessions(actors.current());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/login?logout";
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
	String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "FULL") TokenScope scope,
			@RequestParam(required = false) LocalDate expiresOn, RedirectAttributes redirect) {
		Actor me = actors.current();
		String label = name == null || name.isBlank() ? "token" : name.trim();
		Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(zone.zone()).toInstant();
		try {
			var issued = accounts.issueToken(me, label.length() > 100 ? label.substring(0, 100) : label, Set.of(scope),
					expiresAt);
			redirect.addFlashAttribute("issued", issued);
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("tokenErrors", ex.problems());
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		accounts.revokeToken(actors.current(), id);
		return "redirect:/profile";
	}

}
