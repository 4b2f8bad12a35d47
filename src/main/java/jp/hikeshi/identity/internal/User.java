package jp.hikeshi.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in: credentials, roles, preferred language, and the lock-out state.
 */
@Table("app_user")
public class User {

	private static final Instant LOCKED_BY_ADMINISTRATOR = Instant.parse("9999-12-31T00:00:00Z");

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private String locale;

	private boolean enabled;

	private int failedLogins;

	private Instant lockedUntil;

	private final Instant createdAt;

	private long sessionVersion;

	@Version
	private Long version;

	@MappedCollection(idColumn = "app_user")
	private Set<UserRole> roles;

	@PersistenceCreator
	User(UUID id, UUID organisationId, String username, String displayName, String email, String passwordHash,
			String locale, boolean enabled, int failedLogins, Instant lockedUntil, Instant createdAt,
			long sessionVersion, Long version, Set<UserRole> roles) {
		this.id = id;
		this.organisationId = organisationId;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.locale = locale;
		this.enabled = enabled;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.createdAt = createdAt;
		this.sessionVersion = sessionVersion;
		this.version = version;
		this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
	}

	public static User register(OrganisationId organisation, String username, String displayName, String email,
			String passwordHash, Locale locale, Set<Role> roles, Instant now) {
		User user = new User(UUID.randomUUID(), organisation.value(), username, displayName, email, passwordHash,
				locale.getLanguage(), true, 0, null, now, 0, null, Set.of());
		user.assignRoles(roles);
		return user;
	}

	public void assignRoles(Set<Role> newRoles) {
		this.roles = newRoles.stream().map(r -> new UserRole(r.name())).collect(Collectors.toCollection(HashSet::new));
	}

	public void changeProfile(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	/**
	 * Sets a new password hash and ends the account's web sessions (the caller may keep
	 * its own, see SessionLifetime).
	 */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		endSessions();
	}

	/**
	 * Moves the session version on: every web session signed in under an earlier one ends
	 * at its next request.
	 */
	public void endSessions() {
		sessionVersion++;
	}

	public void preferLocale(Locale locale) {
		this.locale = locale.getLanguage();
	}

	public void disable() {
		if (enabled) {
			endSessions();
		}
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/**
	 * Counts a failed sign-in; at the limit the account locks for the given time and the
	 * count restarts.
	 */
	public boolean recordFailedLogin(int maxFailures, Duration lockFor, Instant now) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failedLogins = 0;
			endSessions();
			return true;
		}
		return false;
	}

	public void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	public void unlock() {
		recordSuccessfulLogin();
	}

	/**
	 * Locks the account until an administrator unlocks it (the lock-out column holds the
	 * end of time).
	 */
	public void lockUntilUnlocked() {
		lockedUntil = LOCKED_BY_ADMINISTRATOR;
		failedLogins = 0;
		endSessions();
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		roles.forEach(r -> result.add(Role.valueOf(r.role())));
		return result;
	}

	public Actor toActor() {
		return new Actor(id, username, displayName, new OrganisationId(organisationId), roles(),
				Locale.forLanguageTag(locale));
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String email() {
		return email;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public int failedLogins() {
		return failedLogins;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long sessionVersion() {
		return sessionVersion;
	}

	public Long version() {
		return version;
	}

	@Table("user_role")
	record UserRole(String role) {
	}

}
