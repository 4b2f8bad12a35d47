package jp.hikeshi.identity.web;

import java.util.List;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.internal.sso.LdapSettings;
import jp.hikeshi.identity.internal.sso.OidcSettings;
import jp.hikeshi.identity.internal.sso.RoleMapping;
import jp.hikeshi.identity.internal.sso.SsoAdministration;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation's single sign-on settings over REST, for administrators; secrets are
 * accepted, never returned.
 */
@RestController
@RequestMapping("/api/v1/sso")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "sso", description = "Single sign-on / シングルサインオン (OpenID Connect, LDAP / Active Directory)")
class SsoApi {

	private final SsoAdministration administration;

	private final Actors actors;

	SsoApi(SsoAdministration administration, Actors actors) {
		this.administration = administration;
		this.actors = actors;
	}

	/** The provider as shown: whether a client secret is stored, never the secret. */
	record OidcProvider(boolean enabled, String displayName, String issuerUri, String clientId, boolean clientSecretSet,
			String usernameClaim, String roleClaim, List<RoleMapping> mappings) {

		static OidcProvider of(OidcSettings s) {
			return new OidcProvider(s.enabled(), s.displayName(), s.issuerUri(), s.clientId(),
					s.clientSecret() != null && !s.clientSecret().isBlank(), s.usernameClaim(), s.roleClaim(),
					s.mappings());
		}
	}

	/**
	 * A change of the provider; leave {@code clientSecret} out to keep the stored one.
	 */
	record OidcProviderChange(boolean enabled, String displayName, String issuerUri, String clientId,
			String clientSecret, String usernameClaim, String roleClaim, List<RoleMapping> mappings) {
	}

	/** The directory as shown: whether a bind password is stored, never the password. */
	record LdapDirectory(boolean enabled, String url, String baseDn, String bindDn, boolean bindPasswordSet,
			String userSearchBase, String userSearchFilter, String groupAttribute, List<RoleMapping> mappings) {

		static LdapDirectory of(LdapSettings s) {
			return new LdapDirectory(s.enabled(), s.url(), s.baseDn(), s.bindDn(),
					s.bindPassword() != null && !s.bindPassword().isBlank(), s.userSearchBase(), s.userSearchFilter(),
					s.groupAttribute(), s.mappings());
		}
	}

	/**
	 * A change of the directory; leave {@code bindPassword} out to keep the stored one.
	 */
	record LdapDirectoryChange(boolean enabled, String url, String baseDn, String bindDn, String bindPassword,
			String userSearchBase, String userSearchFilter, String groupAttribute, List<RoleMapping> mappings) {
	}

	@GetMapping("/oidc")
	@Operation(summary = "The organisation's OpenID Connect provider and its claim → role mapping")
	OidcProvider oidc() {
		return OidcProvider.of(administration.oidc(actors.current()));
	}

	@PutMapping("/oidc")
	@Operation(
			summary = "Set the OpenID Connect provider: issuer, client, username and role claims, claim value → role")
	OidcProvider changeOidc(@RequestBody OidcProviderChange c) {
		var actor = actors.current();
		return OidcProvider.of(administration.change(actor,
				new OidcSettings(actor.organisation(), c.enabled(), c.displayName(), c.issuerUri(), c.clientId(),
						c.clientSecret(), c.usernameClaim(), c.roleClaim(),
						c.mappings() == null ? List.of() : c.mappings(), null)));
	}

	@GetMapping("/ldap")
	@Operation(summary = "The organisation's LDAP / Active Directory and its group → role mapping")
	LdapDirectory ldap() {
		return LdapDirectory.of(administration.ldap(actors.current()));
	}

	@PutMapping("/ldap")
	@Operation(summary = "Set the LDAP / Active Directory: server, search account, user filter, group DN → role")
	LdapDirectory changeLdap(@RequestBody LdapDirectoryChange c) {
		var actor = actors.current();
		return LdapDirectory.of(administration.change(actor,
				new LdapSettings(actor.organisation(), c.enabled(), c.url(), c.baseDn(), c.bindDn(), c.bindPassword(),
						c.userSearchBase(), c.userSearchFilter(), c.groupAttribute(),
						c.mappings() == null ? List.of() : c.mappings(), null)));
	}

}
