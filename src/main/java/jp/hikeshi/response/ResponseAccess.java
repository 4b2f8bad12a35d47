package jp.hikeshi.response;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/** Handlers and administrators plan and change response work; managers read it; vendors work on their requests. */
final class ResponseAccess {

	private ResponseAccess() {
	}

	static void edit(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER)) {
			throw new AccessDeniedException("response work is planned by handlers and administrators");
		}
	}

	/** Vendors may report progress on their own requests, but not hand them to someone else or move their due. */
	static boolean staff(Actor actor) {
		return actor.has(Role.ADMIN) || actor.has(Role.HANDLER);
	}
}
