package jp.hikeshi.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Japanese first. REST calls follow {@code Accept-Language}, then the user's own setting;
 * pages follow the user's setting (kept in the session from login on), then the language
 * cookie, then the browser.
 */
public class HikeshiLocaleResolver implements LocaleResolver {

	/**
	 * Session or request attribute under which the signed-in user's preferred locale is
	 * kept.
	 */
	public static final String USER_LOCALE = HikeshiLocaleResolver.class.getName() + ".USER_LOCALE";
	static final String COOKIE = "hikeshi-lang";
	static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

	public static Locale supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.trim()).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		Locale header = fromHeader(request);
		if (api && header != null) {
			return header;
		}
		Locale user = fromUser(request);
		if (user != null) {
			return user;
		}
		if (!api) {
			Locale cookie = fromCookie(request);
			if (cookie != null) {
				return cookie;
			}
		}
		return header != null ? header : Locale.JAPANESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? Locale.JAPANESE : supported(locale.getLanguage());
		if (chosen == null) {
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(USER_LOCALE, chosen);
		}
		request.setAttribute(USER_LOCALE, chosen);
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
			cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
			cookie.setMaxAge(60 * 60 * 24 * 365);
			cookie.setHttpOnly(true);
			response.addCookie(cookie);
		}
	}

	private static Locale fromUser(HttpServletRequest request) {
		if (request.getAttribute(USER_LOCALE) instanceof Locale locale) {
			return locale;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(USER_LOCALE) instanceof Locale locale) {
			return locale;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LocalePreference preference) {
			return supported(preference.preferredLocale().getLanguage());
		}
		return null;
	}

	private static Locale fromCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return supported(cookie.getValue());
			}
		}
		return null;
	}

	private static Locale fromHeader(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Locale match = supported(range.getRange());
				if (match != null) {
					return match;
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
		return null;
	}

}
