package jp.hikeshi.remediation;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/** Handlers and administrators record containment and recovery; managers read them through the incident. */
final class RemediationAccess {

	private RemediationAccess() {
	}

	static void edit(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER)) {
			throw new AccessDeniedException("containment and recovery are recorded by handlers and administrators");
		}
	}
}
