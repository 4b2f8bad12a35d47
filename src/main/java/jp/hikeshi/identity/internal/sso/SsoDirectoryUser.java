package jp.hikeshi.identity.internal.sso;

import java.io.Serializable;
import java.util.Locale;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.web.LocalePreference;

import org.springframework.security.core.AuthenticatedPrincipal;

/** A user signed in by binding to an LDAP directory, standing for its local account. */
record SsoDirectoryUser(Actor actor, String distinguishedName)
		implements
			Actors.ActorPrincipal,
			LocalePreference,
			AuthenticatedPrincipal,
			Serializable {

	@Override
	public Locale preferredLocale() {
		return actor.locale();
	}

	@Override
	public String getName() {
		return actor.username();
	}
}
