package jp.hikeshi.identity.internal.sso;

import java.util.Locale;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.web.LocalePreference;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through OpenID Connect: the provider's tokens plus the local account
 * they stand for.
 */
final class SsoOidcUser extends DefaultOidcUser implements Actors.ActorPrincipal, LocalePreference {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	SsoOidcUser(OidcUser proven, Actor actor) {
		super(actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), proven.getIdToken(),
				proven.getUserInfo());
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Locale preferredLocale() {
		return actor.locale();
	}

	/** The local user name, which sign-in auditing and lock-out look up. */
	@Override
	public String getName() {
		return actor.username();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SsoOidcUser that && super.equals(that) && actor.equals(that.actor);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + actor.hashCode();
	}

}
