package jp.hikeshi.identity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes user accounts and API tokens, auditing every change. */
@Service
@Transactional
public class Accounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(Users users, ApiTokens tokens, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** Data for a new account. */
	public record NewAccount(String username, String displayName, String email, String password, Locale locale,
			Set<Role> roles) {
	}

	/** A freshly issued token: the secret is shown once and never stored. */
	public record IssuedToken(UUID id, String name, String secret, Instant createdAt, Set<TokenScope> scopes,
			Instant expiresAt) {
	}

	/**
	 * How long a token lives when its expiry is not given, and the longest it may live.
	 */
	public static final Duration TOKEN_DEFAULT_LIFE = Duration.ofDays(90);

	public static final Duration TOKEN_LONGEST_LIFE = Duration.ofDays(366);

	/** Creates the account; the password must satisfy the {@link PasswordPolicy}. */
	public User create(NewAccount account, Actor by) {
		PasswordPolicy.require("password", account.password(), account.username());
		if (users.findByUsername(account.username()).isPresent()) {
			throw new RejectedInputException("username", "user.username.taken");
		}
		User user = User.register(by == null ? OrganisationId.DEFAULT : by.organisation(), account.username(),
				account.displayName(), blankToNull(account.email()), passwords.encode(account.password()),
				account.locale() == null ? Locale.JAPANESE : account.locale(), account.roles(), now());
		try {
			users.save(user);
		}
		catch (DuplicateKeyException race) {
			throw new RejectedInputException("username", "user.username.taken");
		}
		audit(by, user.organisation(), "USER_CREATED", user.username(), "roles=" + account.roles());
		return user;
	}

	@Transactional(readOnly = true)
	public List<User> all() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public User get(UUID id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	public User update(UUID id, String displayName, String email, Set<Role> roles, boolean enabled, Actor by) {
		User user = get(id);
		if (user.id().equals(by.id()) && (!roles.contains(Role.ADMIN) || !enabled)) {
			throw new RejectedInputException("roles", "user.selfLockout");
		}
		user.changeProfile(displayName, blankToNull(email));
		user.assignRoles(roles);
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
		}
		users.save(user);
		audit(by, user.organisation(), "USER_UPDATED", user.username(), "roles=" + roles + " enabled=" + enabled);
		return user;
	}

	/**
	 * An administrator sets a new password (under the {@link PasswordPolicy}); the user's
	 * web sessions end.
	 */
	public void resetPassword(UUID id, String password, Actor by) {
		User user = get(id);
		PasswordPolicy.require("password", password, user.username());
		user.changePassword(passwords.encode(password));
		users.save(user);
		audit(by, user.organisation(), "USER_PASSWORD_RESET", user.username(), null);
	}

	/**
	 * The user changes their own password, giving the current one; the new one must
	 * satisfy the {@link PasswordPolicy}. Every web session of the user ends; the answer
	 * is the new session version, which the caller's own session takes on to stay signed
	 * in.
	 */
	public long changeOwnPassword(Actor me, String currentPassword, String newPassword) {
		User user = get(me.id());
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw new RejectedInputException("currentPassword", "user.password.currentWrong");
		}
		PasswordPolicy.require("newPassword", newPassword, user.username());
		user.changePassword(passwords.encode(newPassword));
		users.save(user);
		audit(me, user.organisation(), "USER_PASSWORD_CHANGED", user.username(), null);
		return user.sessionVersion();
	}

	/**
	 * Ends every web session of the user, the caller's own included ("sign out
	 * everywhere").
	 */
	public void endSessions(Actor me) {
		User user = get(me.id());
		user.endSessions();
		users.save(user);
		audit(me, user.organisation(), "USER_SESSIONS_ENDED", user.username(), null);
	}

	public void unlock(UUID id, Actor by) {
		User user = get(id);
		user.unlock();
		users.save(user);
		audit(by, user.organisation(), "USER_UNLOCKED", user.username(), null);
	}

	public void preferLocale(Actor by, Locale locale) {
		changeLocale(by.id(), locale, by);
	}

	/** Sets the language the user's pages and mail are in. */
	public void changeLocale(UUID id, Locale locale, Actor by) {
		User user = get(id);
		user.preferLocale(locale);
		users.save(user);
		audit(by, user.organisation(), "USER_LOCALE_CHANGED", user.username(), locale.getLanguage(),
				"#audit.language." + locale.getLanguage());
	}

	/**
	 * Locks the account until an administrator unlocks it; administrators cannot lock
	 * themselves out.
	 */
	public void lock(UUID id, Actor by) {
		User user = get(id);
		if (user.id().equals(by.id())) {
			throw new RejectedInputException("locked", "user.selfLockout");
		}
		user.lockUntilUnlocked();
		users.save(user);
		audit(by, user.organisation(), "USER_LOCKED", user.username(), null);
	}

	/** A token with every right of its owner for {@link #TOKEN_DEFAULT_LIFE}. */
	public IssuedToken issueToken(Actor owner, String name) {
		return issueToken(owner, name, Set.of(TokenScope.FULL), null);
	}

	/**
	 * Issues a token with the scopes given (at least one) expiring at the moment given:
	 * in the future and within {@link #TOKEN_LONGEST_LIFE}; {@link #TOKEN_DEFAULT_LIFE}
	 * from now when null.
	 */
	public IssuedToken issueToken(Actor owner, String name, Set<TokenScope> scopes, Instant expiresAt) {
		User user = get(owner.id());
		Instant now = now();
		Instant expiry = expiresAt == null ? now.plus(TOKEN_DEFAULT_LIFE) : expiresAt;
		if (!expiry.isAfter(now) || expiry.isAfter(now.plus(TOKEN_LONGEST_LIFE))) {
			throw new RejectedInputException("expiresAt", "token.expiresAt.range");
		}
		if (scopes == null || scopes.isEmpty()) {
			throw new RejectedInputException("scopes", "token.scopes.required");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String plain = "hks_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken token = ApiToken.issue(user, name, sha256(plain), scopes, expiry, now);
		tokens.save(token);
		audit(owner, user.organisation(), "TOKEN_ISSUED", token.id().toString(), name);
		return new IssuedToken(token.id(), name, plain, token.createdAt(), token.scopes(), expiry);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(Actor owner) {
		return tokens.findByUserIdOrderByCreatedAtDesc(owner.id());
	}

	/** The tokens of an account of the administrator's organisation. */
	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(UUID userId, Actor administrator) {
		User user = get(userId);
		if (!administrator.has(Role.ADMIN) || !user.organisation().equals(administrator.organisation())) {
			throw new NotFoundException("user", userId);
		}
		return tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/**
	 * The owner or an administrator of the token's organisation revokes it; it stops at
	 * once.
	 */
	public void revokeToken(Actor owner, UUID tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.userId().equals(owner.id())
					|| owner.has(Role.ADMIN) && t.organisationId().equals(owner.organisation().value()))
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		token.revoke(now());
		tokens.save(token);
		audit(owner, owner.organisation(), "TOKEN_REVOKED", tokenId.toString(), token.name());
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private void audit(Actor by, OrganisationId organisation, String action, String objectId, String summary) {
		audit(by, organisation, action, objectId, summary, null);
	}

	/**
	 * {@code language} is the label key of a chosen language, for USER_LOCALE_CHANGED.
	 */
	private void audit(Actor by, OrganisationId organisation, String action, String objectId, String summary,
			String language) {
		boolean token = action.startsWith("TOKEN");
		events.publishEvent(
				(by == null ? AuditEvent.bySystem(organisation) : AuditEvent.by(organisation, by.username(), by.id()))
					.did(action)
					.on(token ? "API_TOKEN" : "USER", objectId)
					.with(token ? "token" : "user", token ? summary : objectId)
					.with("language", language)
					.summary(summary)
					.at(now()));
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
