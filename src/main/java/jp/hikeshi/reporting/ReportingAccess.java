package jp.hikeshi.reporting;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/** Handlers and administrators assess and notify; managers read and confirm the ransom stance (REP-5). */
final class ReportingAccess {

	private ReportingAccess() {
	}

	static void edit(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER)) {
			throw new AccessDeniedException("reporting is changed by handlers and administrators");
		}
	}

	static void decide(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER) && !actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("decisions are recorded by managers, handlers and administrators");
		}
	}
}
