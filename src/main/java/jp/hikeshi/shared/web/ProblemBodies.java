package jp.hikeshi.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a problem document every API error shares: a {@code type} URI under
 * {@link #TYPE_BASE}, a title and a detail from the message bundles in the caller's
 * language, and (outside Spring MVC) writing it to the response.
 */
final class ProblemBodies {

	static final String TYPE_BASE = "https://hikeshi.jp/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemBodies() {
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * The type name of an HTTP status without a more specific problem (e.g.
	 * {@code http-405}).
	 */
	static URI typeOf(int status) {
		return URI.create(TYPE_BASE + "http-" + status);
	}

	static URI type(String name) {
		return URI.create(TYPE_BASE + name);
	}

	static String text(MessageSource messages, Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/**
	 * Localises the title and detail of a problem for a plain HTTP status
	 * ({@code problem.http.<code>[.detail]}).
	 */
	static void localise(ProblemDetail detail, MessageSource messages, Locale locale, Object... detailArgs) {
		int code = detail.getStatus();
		String fallback = detail.getTitle() == null ? String.valueOf(code) : detail.getTitle();
		detail.setTitle(messages.getMessage("problem.http." + code, null, fallback, locale));
		String generic = messages.getMessage("problem.http.default.detail", null, fallback, locale);
		detail.setDetail(messages.getMessage("problem.http." + code + ".detail", detailArgs, generic, locale));
		if (detail.getType() == null || "about:blank".equals(detail.getType().toString())) {
			detail.setType(typeOf(code));
		}
	}

	/** The JSON members of a problem in RFC 9457 order, extension members last. */
	static Map<String, Object> members(ProblemDetail detail, HttpServletRequest request) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("type", String.valueOf(detail.getType()));
		out.put("title", detail.getTitle());
		out.put("status", detail.getStatus());
		out.put("detail", detail.getDetail());
		out.put("instance",
				(detail.getInstance() != null ? detail.getInstance() : RequestIds.instance(request.getRequestURI()))
					.toString());
		if (detail.getProperties() != null) {
			out.putAll(detail.getProperties());
		}
		return out;
	}

	/**
	 * Writes a problem straight to the servlet response (filters, fallback resolvers).
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, ResponseEntity<?> entity)
			throws IOException {
		response.setStatus(entity.getStatusCode().value());
		HttpHeaders headers = entity.getHeaders();
		headers.forEach((name, values) -> {
			if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					&& !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				values.forEach(value -> response.addHeader(name, value));
			}
		});
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Object body = entity.getBody();
		Object json = body instanceof ProblemDetail detail ? members(detail, request) : body;
		response.getWriter().write(JSON.writeValueAsString(json));
		response.flushBuffer();
	}

}
