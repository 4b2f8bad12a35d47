package jp.hikeshi.identity;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

/**
 * What a role may do with an organisation's incident records: the one role check that
 * incidents, response, remediation, evidence and reporting all use.
 */
public enum Permission {

	/** Read incidents and the work on them: handlers, managers and administrators. */
	READ(Role.ADMIN, Role.HANDLER, Role.MANAGER),

	/** Change them (plan, record, assess, notify): handlers and administrators. */
	CHANGE(Role.ADMIN, Role.HANDLER);

	private final List<Role> roles;

	Permission(Role... roles) {
		this.roles = List.of(roles);
	}

	/** Whether one of the actor's roles carries this permission. */
	public boolean grantedTo(Actor actor) {
		return roles.stream().anyMatch(actor::has);
	}

	/** Refuses with 403 unless one of the actor's roles carries this permission. */
	public void demand(Actor actor) {
		if (!grantedTo(actor)) {
			throw new AccessDeniedException(name().toLowerCase() + " is granted to "
					+ roles.stream().map(Role::name).collect(Collectors.joining(", ")) + " only");
		}
	}

}
