package jp.hikeshi.identity.internal;

import java.util.Collection;
import java.util.List;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.web.LocalePreference;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: the actor plus what Spring Security needs to check a password.
 */
final class SignedInUser implements UserDetails, CredentialsContainer, Actors.ActorPrincipal, LocalePreference {

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final long sessionVersion;

	SignedInUser(Actor actor, String passwordHash, boolean enabled, boolean locked) {
		this(actor, passwordHash, enabled, locked, 0);
	}

	SignedInUser(Actor actor, String passwordHash, boolean enabled, boolean locked, long sessionVersion) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.sessionVersion = sessionVersion;
	}

	/**
	 * The account's session version when the password was checked (see
	 * {@link SessionLifetime}).
	 */
	long sessionVersion() {
		return sessionVersion;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public java.util.Locale preferredLocale() {
		return actor.locale();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = actor.roles()
			.stream()
			.map(r -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
