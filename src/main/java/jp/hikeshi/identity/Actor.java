package jp.hikeshi.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.Author;
import jp.hikeshi.shared.OrganisationId;

/** The signed-in user on whose behalf something is done. */
public record Actor(UUID id, String username, String displayName, OrganisationId organisation, Set<Role> roles,
		Locale locale) implements Author {

	public Actor {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Handlers, managers and administrators see every record of their organisation. */
	public boolean seesWholeOrganisation() {
		return Permission.READ.grantedTo(this);
	}
}
