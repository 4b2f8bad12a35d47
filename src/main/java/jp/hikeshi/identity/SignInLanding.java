package jp.hikeshi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Marks the first page a user lands on after signing in with a password, so that a module
 * can offer something on that page once (the first-run set-up for an administrator)
 * without getting in the way of later visits.
 */
public final class SignInLanding {

	static final String ATTRIBUTE = SignInLanding.class.getName();

	private SignInLanding() {
	}

	/** Called by the sign-in success handler. */
	public static void mark(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	/** True once for the first page after a sign-in; the mark is removed. */
	public static boolean consume(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(ATTRIBUTE) == null) {
			return false;
		}
		session.removeAttribute(ATTRIBUTE);
		return true;
	}

}
