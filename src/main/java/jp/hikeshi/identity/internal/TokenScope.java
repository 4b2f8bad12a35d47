package jp.hikeshi.identity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API token may do on top of its user's roles: everything the user may
 * ({@code FULL}), only read ({@code READ_ONLY}: GET and HEAD), or only file reports and
 * alerts and read them back ({@code REPORT_INTAKE}, what a SIEM or the e-mail gateway
 * needs). A token with several scopes may do what any of them allows.
 */
public enum TokenScope {

	FULL, READ_ONLY, REPORT_INTAKE;

	/**
	 * Whether a call of this method on this path (below the context path) is within the
	 * scope.
	 */
	boolean permits(String method, String path) {
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		return switch (this) {
			case FULL -> true;
			case READ_ONLY -> read;
			case REPORT_INTAKE -> read ? intake(path) : "POST".equals(method) && filing(path);
		};
	}

	/** Whether any of the scopes permits the call. */
	static boolean permit(Collection<TokenScope> scopes, String method, String path) {
		return scopes.stream().anyMatch(scope -> scope.permits(method, path));
	}

	static Set<TokenScope> parse(String stored) {
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		Arrays.stream(stored.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.forEach(s -> scopes.add(valueOf(s)));
		return scopes;
	}

	static String format(Collection<TokenScope> scopes) {
		return EnumSet.copyOf(scopes).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static boolean filing(String path) {
		return path.equals("/api/v1/reports") || path.equals("/api/v1/alerts") || path.equals("/api/v1/alerts/batch");
	}

	private static boolean intake(String path) {
		return path.equals("/api/v1/reports") || path.startsWith("/api/v1/reports/") || path.equals("/api/v1/alerts")
				|| path.startsWith("/api/v1/alerts/");
	}

}
