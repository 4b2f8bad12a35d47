package jp.hikeshi.identity.internal.sso;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has proven who signs in: maps the role claim, provisions the
 * account, refuses what is not mapped.
 */
class OidcSignIn extends OidcUserService {

	/** OAuth2 error codes Hikeshi raises itself, each answered with its own page. */
	static final String REFUSED = "hikeshi_refused";
	static final String DISABLED = "hikeshi_disabled";
	static final String LOCKED = "hikeshi_locked";

	private final SsoSettings settings;

	private final SsoAccounts accounts;

	OidcSignIn(SsoSettings settings, SsoAccounts accounts) {
		this.settings = settings;
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser proven = super.loadUser(request);
		OrganisationId organisation = new OrganisationId(
				UUID.fromString(request.getClientRegistration().getRegistrationId()));
		OidcSettings provider = settings.oidc(organisation)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(REFUSED), "provider removed"));
		Set<Role> roles = RoleMappingPolicy.rolesFor(SignInSource.OIDC,
				valuesOf(proven.getClaims().get(provider.roleClaim())), provider.mappings());
		String subject = proven.getIssuer() + "|" + proven.getSubject();
		String username = proven.getClaimAsString(provider.usernameClaim());
		try {
			User user = accounts.signIn(new SsoAccounts.OutsideIdentity(organisation, SignInSource.OIDC, subject,
					username, proven.getFullName(), proven.getEmail(), roles));
			return new SsoOidcUser(proven, user.toActor());
		}
		catch (AccountStatusException refused) {
			String code = refused instanceof SsoRefusedException ? REFUSED
					: refused instanceof org.springframework.security.authentication.LockedException ? LOCKED
							: DISABLED;
			throw new OAuth2AuthenticationException(new OAuth2Error(code), refused.getMessage(), refused);
		}
	}

	/** A claim holding one value or a list of them. */
	static Collection<String> valuesOf(Object claim) {
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return claim == null ? List.of() : List.of(String.valueOf(claim));
	}

}
