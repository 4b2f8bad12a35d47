package jp.hikeshi.shared.web;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id of the request being served: taken from the caller's {@code X-Request-Id} when
 * it is a plain token, made up otherwise; it is in every log line written while serving
 * the request (MDC key {@code requestId}), in the response's {@code X-Request-Id} header
 * and in a problem document's {@code instance} ({@code <path>#<request id>}), so that an
 * operator finds the log lines of a failure a user reports.
 */
public final class RequestIds {

	/** The header that carries the id both ways. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key, as the log pattern and the structured log formats show it. */
	public static final String MDC_KEY = "requestId";

	static final String ATTRIBUTE = RequestIds.class.getName();

	/**
	 * Ids a caller may choose: short and printable, so that they cannot forge log lines.
	 */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

	private RequestIds() {
	}

	/** The id of the request this thread serves, or null outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	/**
	 * The problem document's {@code instance} for the request at {@code path}: the path,
	 * the request id as fragment.
	 */
	public static URI instance(String path) {
		String id = current();
		String base = path == null ? "" : URI.create(path.replace(" ", "%20")).getRawPath();
		return URI.create(id == null ? base : base + "#" + id);
	}

	static String accept(String offered) {
		return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
	}

}
