package jp.hikeshi.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.hikeshi.identity.Actors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in web session at its next request when it has been idle longer than the
 * setting {@code hikeshi.security.session-idle}, or when its account was locked or
 * deactivated, or its session version moved on since the session began (password changed,
 * "sign out everywhere"). The version and the account's state are read from the database
 * on each page request, so an action on one instance ends the sessions held by every
 * instance.
 */
public class SessionLifetime extends OncePerRequestFilter {

	static final String VERSION = SessionLifetime.class.getName() + ".version";
	static final String LAST_SEEN = SessionLifetime.class.getName() + ".lastSeen";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration idle;

	SessionLifetime(JdbcClient jdbc, Clock clock, Duration idle) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.idle = idle;
	}

	/**
	 * The caller's own session takes on the account's new session version and so stays
	 * signed in.
	 */
	public static void keepCurrent(HttpServletRequest request, long version) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(VERSION, version);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null
				|| !(authentication.getPrincipal() instanceof Actors.ActorPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		Instant now = Instant.now(clock);
		Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
		Optional<AccountState> state = state(principal.actor().id());
		Long version = (Long) session.getAttribute(VERSION);
		if (lastSeen != null && lastSeen.plus(idle).isBefore(now) || state.isEmpty() || !state.get().usableAt(now)
				|| version != null && version != state.get().version()) {
			end(request, response, session);
			return;
		}
		if (version == null) {
			session.setAttribute(VERSION, state.get().version());
		}
		session.setAttribute(LAST_SEEN, now);
		chain.doFilter(request, response);
	}

	private Optional<AccountState> state(UUID user) {
		return jdbc.sql("SELECT session_version, enabled, locked_until FROM app_user WHERE id = ?")
			.param(user)
			.query((rs, n) -> {
				OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
				return new AccountState(rs.getLong("session_version"), rs.getBoolean("enabled"),
						locked == null ? null : locked.toInstant());
			})
			.optional();
	}

	private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session)
			throws IOException {
		session.invalidate();
		SecurityContextHolder.clearContext();
		String login = request.getContextPath() + "/login?expired";
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", login);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(login);
	}

	private record AccountState(long version, boolean enabled, Instant lockedUntil) {

		boolean usableAt(Instant now) {
			return enabled && (lockedUntil == null || !lockedUntil.isAfter(now));
		}
	}

}
