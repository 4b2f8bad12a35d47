package jp.hikeshi.identity.mfa;

import java.util.EnumSet;
import java.util.Set;

import jp.hikeshi.identity.Role;

/**
 * An organisation's rule for the second factor: members of the required roles (VENDOR for
 * the vendors' accounts) must enrol an authenticator, and a device may be remembered for
 * up to {@link #MAX_REMEMBER_DAYS} days (0: never).
 */
public record MfaPolicy(Set<Role> requiredRoles, int rememberDays) {

	/** The longest a device may be remembered. */
	public static final int MAX_REMEMBER_DAYS = 30;

	/**
	 * No role required, no device remembered: the policy of an organisation that set
	 * none.
	 */
	public static final MfaPolicy NONE = new MfaPolicy(Set.of(), 0);

	public MfaPolicy {
		requiredRoles = requiredRoles == null || requiredRoles.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(requiredRoles));
		if (rememberDays < 0 || rememberDays > MAX_REMEMBER_DAYS) {
			throw new IllegalArgumentException("a device is remembered for 0 to " + MAX_REMEMBER_DAYS + " days");
		}
	}

	/** Whether someone with these roles must use a second factor. */
	public boolean requires(Set<Role> roles) {
		return roles.stream().anyMatch(requiredRoles::contains);
	}
}
