package jp.hikeshi.evidence;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/** Handlers and administrators record evidence; managers read it through the incident. */
final class EvidenceAccess {

	private EvidenceAccess() {
	}

	static void edit(Actor actor) {
		if (!actor.has(Role.ADMIN) && !actor.has(Role.HANDLER)) {
			throw new AccessDeniedException("evidence is recorded by handlers and administrators");
		}
	}
}
