package jp.hikeshi.identity.internal.sso;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.shared.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator reads and changes the organisation's single sign-on settings; secrets
 * are written, never read back.
 */
@Service
@Transactional
public class SsoAdministration {

	private final SsoSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SsoAdministration(SsoSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OidcSettings oidc(Actor by) {
		return settings.oidc(by.organisation())
			.orElse(new OidcSettings(by.organisation(), false, "", "", "", "", OidcSettings.DEFAULT_USERNAME_CLAIM,
					OidcSettings.DEFAULT_ROLE_CLAIM, List.of(), null));
	}

	@Transactional(readOnly = true)
	public LdapSettings ldap(Actor by) {
		return settings.ldap(by.organisation())
			.orElse(new LdapSettings(by.organisation(), false, "", "", "", "", "",
					LdapSettings.DEFAULT_USER_SEARCH_FILTER, LdapSettings.DEFAULT_GROUP_ATTRIBUTE, List.of(), null));
	}

	/**
	 * Stores the provider of the actor's organisation; a blank client secret keeps the
	 * stored one.
	 */
	public OidcSettings change(Actor by, OidcSettings wanted) {
		List<FieldProblem> problems = new ArrayList<>();
		require(problems, "displayName", wanted.displayName());
		if (!isUrl(wanted.issuerUri(), "https", "http")) {
			problems.add(new FieldProblem("issuerUri", "sso.issuerUri.invalid", new Object[0]));
		}
		require(problems, "clientId", wanted.clientId());
		boolean secretStored = settings.oidc(by.organisation()).map(s -> !s.clientSecret().isBlank()).orElse(false);
		if (blank(wanted.clientSecret()) && !secretStored) {
			problems.add(new FieldProblem("clientSecret", "sso.required", new Object[0]));
		}
		require(problems, "usernameClaim", wanted.usernameClaim());
		require(problems, "roleClaim", wanted.roleClaim());
		reject(problems, wanted.enabled() && wanted.mappings().isEmpty());
		Instant now = Instant.now(clock);
		settings.save(new OidcSettings(by.organisation(), wanted.enabled(), strip(wanted.displayName()),
				strip(wanted.issuerUri()), strip(wanted.clientId()), wanted.clientSecret(),
				strip(wanted.usernameClaim()), strip(wanted.roleClaim()), wanted.mappings(), now));
		audit(by, SignInSource.OIDC, wanted.enabled(), now);
		return settings.oidc(by.organisation()).orElseThrow();
	}

	/**
	 * Stores the directory of the actor's organisation; a blank bind password keeps the
	 * stored one.
	 */
	public LdapSettings change(Actor by, LdapSettings wanted) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!isUrl(wanted.url(), "ldap", "ldaps")) {
			problems.add(new FieldProblem("url", "sso.ldapUrl.invalid", new Object[0]));
		}
		require(problems, "baseDn", wanted.baseDn());
		if (wanted.userSearchFilter() == null || !wanted.userSearchFilter().contains("{0}")) {
			problems.add(new FieldProblem("userSearchFilter", "sso.searchFilter.invalid", new Object[0]));
		}
		require(problems, "groupAttribute", wanted.groupAttribute());
		reject(problems, wanted.enabled() && wanted.mappings().isEmpty());
		Instant now = Instant.now(clock);
		settings.save(new LdapSettings(by.organisation(), wanted.enabled(), strip(wanted.url()), strip(wanted.baseDn()),
				strip(wanted.bindDn()), wanted.bindPassword(),
				wanted.userSearchBase() == null ? "" : strip(wanted.userSearchBase()), strip(wanted.userSearchFilter()),
				strip(wanted.groupAttribute()), wanted.mappings(), now));
		audit(by, SignInSource.LDAP, wanted.enabled(), now);
		return settings.ldap(by.organisation()).orElseThrow();
	}

	private void audit(Actor by, SignInSource source, boolean enabled, Instant now) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did("SSO_SETTINGS_CHANGED")
			.on("SSO", source.name())
			.with("source", "#audit.ssoSource." + source.name())
			.with("state", enabled ? "#audit.ssoState.on" : "#audit.ssoState.off")
			.summary(source + " enabled=" + enabled)
			.at(now));
	}

	private static void reject(List<FieldProblem> problems, boolean enabledWithoutMapping) {
		if (enabledWithoutMapping) {
			problems.add(new FieldProblem("mappings", "sso.mappings.required", new Object[0]));
		}
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
	}

	private static void require(List<FieldProblem> problems, String field, String value) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "sso.required", new Object[0]));
		}
	}

	private static boolean isUrl(String value, String... schemes) {
		if (blank(value)) {
			return false;
		}
		try {
			URI uri = URI.create(value.strip());
			return uri.getHost() != null && List.of(schemes).contains(uri.getScheme());
		}
		catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

}
