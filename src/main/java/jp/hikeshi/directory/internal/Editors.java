package jp.hikeshi.directory.internal;

import java.util.Arrays;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change which part of the directory: the services check it as well as the
 * controllers.
 */
public final class Editors {

	private Editors() {
	}

	/**
	 * Contacts, vendors, outside bodies and assets are kept by administrators and
	 * handlers.
	 */
	public static void requireDirectoryEditor(Actor actor) {
		require(actor, "the directory is changed by administrators and handlers", Role.ADMIN, Role.HANDLER);
	}

	/** The role plan is decided by administrators and managers. */
	public static void requireRolePlanEditor(Actor actor) {
		require(actor, "the role plan is changed by administrators and managers", Role.ADMIN, Role.MANAGER);
	}

	private static void require(Actor actor, String message, Role... anyOf) {
		if (Arrays.stream(anyOf).noneMatch(actor::has)) {
			throw new AccessDeniedException(message);
		}
	}

}
