package jp.hikeshi.identity.internal.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

import jp.hikeshi.identity.Role;

/**
 * Which Hikeshi roles an outside identity brings: every mapping whose value the identity
 * carries grants its role, nothing else does. Claim values compare exactly; group names
 * compare as distinguished names (case and spacing around separators do not matter, as in
 * Active Directory).
 */
public final class RoleMappingPolicy {

	private RoleMappingPolicy() {
	}

	public static Set<Role> rolesFor(SignInSource source, Collection<String> carried, List<RoleMapping> mappings) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (RoleMapping mapping : mappings) {
			if (carried.stream().anyMatch(value -> same(source, value, mapping.value()))) {
				roles.add(mapping.role());
			}
		}
		return roles;
	}

	private static boolean same(SignInSource source, String carried, String mapped) {
		if (carried == null) {
			return false;
		}
		if (source == SignInSource.OIDC) {
			return carried.equals(mapped);
		}
		try {
			return new LdapName(carried).equals(new LdapName(mapped));
		}
		catch (InvalidNameException notADistinguishedName) {
			return carried.strip().toLowerCase(Locale.ROOT).equals(mapped.strip().toLowerCase(Locale.ROOT));
		}
	}

}
