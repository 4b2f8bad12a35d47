package jp.hikeshi.identity.internal.sso;

import java.time.Instant;
import java.util.List;

import jp.hikeshi.shared.OrganisationId;

/**
 * An organisation's OpenID Connect provider: where it is (the issuer, discovered from its
 * well-known document), the client Hikeshi is registered as, and which claims name the
 * user and carry the values mapped to roles.
 */
public record OidcSettings(OrganisationId organisation, boolean enabled, String displayName, String issuerUri,
		String clientId, String clientSecret, String usernameClaim, String roleClaim, List<RoleMapping> mappings,
		Instant updatedAt) {

	public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

	public static final String DEFAULT_ROLE_CLAIM = "groups";

	/**
	 * The OAuth2 registration id Hikeshi uses for this provider in its login and callback
	 * paths.
	 */
	public String registrationId() {
		return organisation.value().toString();
	}
}
