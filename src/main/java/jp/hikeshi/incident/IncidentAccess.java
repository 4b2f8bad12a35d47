package jp.hikeshi.incident;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/** Who may see and change incidents: handlers and administrators change, managers read, others see nothing. */
final class IncidentAccess {

	private IncidentAccess() {
	}

	static void read(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER) && !actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("incidents are visible to handlers, managers and administrators");
		}
	}

	static void edit(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER)) {
			throw new AccessDeniedException("incidents are changed by handlers and administrators");
		}
	}
}
