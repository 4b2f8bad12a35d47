package jp.hikeshi.identity.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleMappingPolicyTests {

	private static final List<RoleMapping> MAPPINGS = List.of(
			new RoleMapping("CN=Hikeshi-Handlers,OU=Groups,DC=example,DC=local", Role.HANDLER),
			new RoleMapping("CN=Hikeshi-Managers,OU=Groups,DC=example,DC=local", Role.MANAGER),
			new RoleMapping("CN=Hikeshi-Managers,OU=Groups,DC=example,DC=local", Role.REPORTER));

	@Test
	@DisplayName("SSO-2 a group DN grants its roles whatever the letter case and the spaces after commas")
	void groupNamesCompareAsDistinguishedNames() {
		assertThat(RoleMappingPolicy.rolesFor(SignInSource.LDAP,
				List.of("cn=hikeshi-managers, ou=groups, dc=example, dc=local",
						"CN=Sales,OU=Groups,DC=example,DC=local"),
				MAPPINGS))
			.containsExactlyInAnyOrder(Role.MANAGER, Role.REPORTER);
	}

	@Test
	@DisplayName("SSO-1 claim values compare exactly, so a similar group does not grant a role")
	void claimValuesCompareExactly() {
		List<RoleMapping> mappings = List.of(new RoleMapping("hikeshi-handlers", Role.HANDLER));
		assertThat(RoleMappingPolicy.rolesFor(SignInSource.OIDC, List.of("Hikeshi-Handlers", "hikeshi-handlers-old"),
				mappings))
			.isEmpty();
		assertThat(RoleMappingPolicy.rolesFor(SignInSource.OIDC, List.of("hikeshi-handlers"), mappings))
			.containsExactly(Role.HANDLER);
	}

	@Test
	void carriesNoRoleWithoutMatchingValues() {
		assertThat(RoleMappingPolicy.rolesFor(SignInSource.LDAP, List.of(), MAPPINGS)).isEmpty();
		assertThat(RoleMappingPolicy.rolesFor(SignInSource.LDAP, List.of("not a dn"), MAPPINGS)).isEmpty();
	}

	@Test
	void readsAClaimHoldingOneValueOrMany() {
		assertThat(OidcSignIn.valuesOf("a")).containsExactly("a");
		assertThat(OidcSignIn.valuesOf(List.of("a", "b"))).containsExactly("a", "b");
		assertThat(OidcSignIn.valuesOf(null)).isEmpty();
	}

}
