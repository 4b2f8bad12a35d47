package jp.hikeshi.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.shared.web.RequestIds;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers unauthenticated (401) and forbidden (403) API calls with a problem document in
 * the caller's language.
 */
class ApiAuthProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final String challenge;

	ApiAuthProblems(MessageSource messages, LocaleResolver locales, String challenge) {
		this.messages = messages;
		this.locales = locales;
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", challenge);
		write(request, response, 401, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, 403, "problem.forbidden");
	}

	/** 401 for a token past its expiry, saying so. */
	void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", challenge + " error=\"invalid_token\"");
		write(request, response, 401, "problem.tokenExpired");
	}

	/** 403 for a call outside the token's scopes. */
	void outOfScope(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, 403, "problem.tokenScope");
	}

	/** 429 with the seconds to wait in {@code Retry-After}. */
	void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		write(request, response, 429, "problem.tooManyRequests");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage(key + ".title", null, key, locale);
		String detail = messages.getMessage(key + ".detail", null, key, locale);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String type = "https://hikeshi.jp/problems/" + key.substring(key.indexOf('.') + 1);
		response.getWriter()
			.write("{\"type\":" + quote(type) + ",\"title\":" + quote(title) + ",\"status\":" + status + ",\"detail\":"
					+ quote(detail) + ",\"instance\":" + quote(RequestIds.instance(request.getRequestURI()).toString())
					+ "}");
	}

	static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
