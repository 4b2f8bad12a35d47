package jp.hikeshi.identity.internal.sso;

import java.util.Objects;

import jp.hikeshi.identity.Role;

/**
 * One outside value (a claim value or a group's distinguished name) that grants one
 * Hikeshi role.
 */
public record RoleMapping(String value, Role role) {

	public RoleMapping {
		Objects.requireNonNull(role, "role");
		value = Objects.requireNonNull(value, "value").strip();
	}
}
