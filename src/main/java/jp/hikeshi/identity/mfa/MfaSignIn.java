package jp.hikeshi.identity.mfa;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.web.HikeshiLocaleResolver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a password sign-in on the pages. After the password, a user with an
 * authenticator is held (unless this device is remembered) until a code is given on
 * {@code /login/mfa}; a user the organisation requires to have one and who has none is
 * held until enrolled. While held, every other page leads back there.
 */
@Component
public class MfaSignIn {

	/** The page of the second step. */
	public static final String PAGE = "/login/mfa";

	/**
	 * The cookie of a remembered device: a random value whose hash is kept server-side
	 * (so it can be revoked).
	 */
	public static final String DEVICE_COOKIE = "HIKESHI_MFA_DEVICE";

	private final MultiFactor multiFactor;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private volatile AuthenticationSuccessHandler finish;

	MfaSignIn(MultiFactor multiFactor) {
		this.multiFactor = multiFactor;
	}

	/**
	 * Wraps the handler that finishes a sign-in so that a second factor is asked for
	 * first when needed.
	 */
	public AuthenticationSuccessHandler before(AuthenticationSuccessHandler finish) {
		this.finish = finish;
		return (request, response, authentication) -> {
			if (!(authentication.getPrincipal() instanceof Actors.ActorPrincipal principal)) {
				finish.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			Actor actor = principal.actor();
			PendingSecondFactor.Step step = null;
			if (multiFactor.enrolled(actor.id())) {
				if (!multiFactor.remembers(actor, deviceCookie(request))) {
					step = PendingSecondFactor.Step.CODE;
				}
			}
			else if (multiFactor.required(actor)) {
				step = PendingSecondFactor.Step.ENROL;
			}
			if (step == null) {
				finish.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			request.getSession().setAttribute(HikeshiLocaleResolver.USER_LOCALE, actor.locale());
			hold(new PendingSecondFactor(authentication, step), request, response);
			response.sendRedirect(request.getContextPath() + PAGE);
		};
	}

	/** Leads a visitor held at the second step back to it from any other page. */
	public OncePerRequestFilter gate() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor
						&& !open(request)) {
					response.sendRedirect(request.getContextPath() + PAGE);
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PAGE) || path.startsWith(PAGE + "/") || path.equals("/logout") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
				|| path.equals("/error");
	}

	/** The visitor held at the second step in this request, if any. */
	public Optional<Held> held() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending
				? Optional.of(new Held(pending)) : Optional.empty();
	}

	/** A sign-in waiting for its second factor. */
	public final class Held {

		private final PendingSecondFactor pending;

		private Held(PendingSecondFactor pending) {
			this.pending = pending;
		}

		public Actor actor() {
			return pending.actor();
		}

		/** True when the user must first enrol an authenticator. */
		public boolean mustEnrol() {
			return pending.step() == PendingSecondFactor.Step.ENROL;
		}

		/** True when the user enrolled just now and may continue. */
		public boolean enrolled() {
			return pending.step() == PendingSecondFactor.Step.ENROLLED;
		}

		/**
		 * Whether the organisation lets a device be remembered, and for how many days.
		 */
		public int rememberDays() {
			return multiFactor.policy(actor().organisation()).rememberDays();
		}

		/** Marks the enrolment as done: the next step is {@link #complete}. */
		public void markEnrolled(HttpServletRequest request, HttpServletResponse response) {
			hold(new PendingSecondFactor(pending.password(), PendingSecondFactor.Step.ENROLLED), request, response);
		}

		/**
		 * Completes the sign-in: the password's authentication takes effect in a new
		 * session id, the device is remembered if asked and allowed, and the finishing
		 * handler sends the user on.
		 */
		public void complete(boolean rememberDevice, HttpServletRequest request, HttpServletResponse response)
				throws IOException, ServletException {
			Authentication signedIn = pending.password();
			request.changeSessionId();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			if (rememberDevice) {
				multiFactor.rememberDevice(actor())
					.ifPresent(device -> response.addHeader(HttpHeaders.SET_COOKIE,
							ResponseCookie.from(DEVICE_COOKIE, device.token())
								.httpOnly(true)
								.secure(request.isSecure())
								.sameSite("Lax")
								.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
								.maxAge(device.lasts())
								.build()
								.toString()));
			}
			finish.onAuthenticationSuccess(request, response, signedIn);
		}

	}

	private void hold(PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(pending);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static String deviceCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (DEVICE_COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
