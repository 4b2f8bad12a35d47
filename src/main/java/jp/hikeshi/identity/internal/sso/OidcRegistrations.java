package jp.hikeshi.identity.internal.sso;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jp.hikeshi.shared.OrganisationId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The OAuth2 client registration of each organisation's enabled provider, read from the
 * database so every instance sees a change at once. The provider's endpoints come from
 * its discovery document, fetched once per stored version of the settings and kept in
 * memory (a cache only: the database stays the truth).
 */
@Component
class OidcRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(OidcRegistrations.class);

	private final SsoSettings settings;

	private final Map<UUID, Discovered> discovered = new ConcurrentHashMap<>();

	OidcRegistrations(SsoSettings settings) {
		this.settings = settings;
	}

	private record Discovered(Instant version, ClientRegistration registration) {
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		UUID organisation;
		try {
			organisation = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException notOurs) {
			return null;
		}
		OidcSettings provider = settings.oidc(new OrganisationId(organisation))
			.filter(OidcSettings::enabled)
			.orElse(null);
		if (provider == null) {
			return null;
		}
		Discovered known = discovered.get(organisation);
		if (known != null && known.version().equals(provider.updatedAt())) {
			return known.registration();
		}
		try {
			ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(provider.issuerUri())
				.registrationId(registrationId)
				.clientName(provider.displayName())
				.clientId(provider.clientId())
				.clientSecret(provider.clientSecret())
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.userNameAttributeName("sub")
				.build();
			discovered.put(organisation, new Discovered(provider.updatedAt(), registration));
			return registration;
		}
		catch (RuntimeException unreachable) {
			log.warn("OpenID provider {} of organisation {} could not be discovered: {}", provider.issuerUri(),
					organisation, unreachable.toString());
			return null;
		}
	}

}
