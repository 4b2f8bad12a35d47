package jp.hikeshi.identity.internal.sso;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.identity.internal.Users;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a proven outside identity into a local account: found by its link, else linked to
 * the account of the same user name in the same organisation, else created just in time;
 * its roles are those the mappings grant at this sign-in. Accounts created here get a
 * random password nobody knows, so they sign in only through their source.
 */
@Service
public class SsoAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SsoAccounts(Users users, JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What the outside source says about the person signing in. */
	public record OutsideIdentity(OrganisationId organisation, SignInSource source, String subject, String username,
			String displayName, String email, Set<Role> roles) {
	}

	/**
	 * The local account of the identity, provisioned or refreshed; refuses (and audits
	 * why) when it may not enter.
	 */
	public User signIn(OutsideIdentity identity) {
		Instant now = Instant.now(clock);
		if (identity.roles().isEmpty()) {
			throw refuse(identity, "NO_ROLE", now);
		}
		if (identity.username() == null || identity.username().isBlank() || identity.username().length() > 100) {
			throw refuse(identity, "NO_USERNAME", now);
		}
		User user = transaction.execute(status -> provision(identity, now));
		if (user == null) {
			throw refuse(identity, "NAME_TAKEN", now);
		}
		if (!user.enabled()) {
			throw new DisabledException(identity.username());
		}
		if (user.isLockedAt(now)) {
			throw new LockedException(identity.username());
		}
		return user;
	}

	/**
	 * The source an account is linked to, if any: an LDAP-linked account signs in by
	 * binding, not by local password.
	 */
	public Optional<SignInSource> linkOf(UUID user) {
		return jdbc.sql("SELECT source FROM sso_link WHERE app_user = ?")
			.param(user)
			.query(String.class)
			.optional()
			.map(SignInSource::valueOf);
	}

	private User provision(OutsideIdentity identity, Instant now) {
		Optional<UUID> linked = jdbc
			.sql("SELECT app_user FROM sso_link WHERE organisation_id = ? AND source = ? AND subject = ?")
			.params(identity.organisation().value(), identity.source().name(), identity.subject())
			.query(UUID.class)
			.optional();
		User user;
		if (linked.isPresent()) {
			user = users.findById(linked.get()).orElseThrow();
		}
		else {
			Optional<User> sameName = users.findByUsername(identity.username());
			if (sameName.isPresent() && (!sameName.get().organisation().equals(identity.organisation())
					|| linkOf(sameName.get().id()).isPresent())) {
				return null;
			}
			user = sameName.orElseGet(() -> User.register(identity.organisation(), identity.username(),
					displayNameOf(identity), blankToNull(identity.email()), passwords.encode(unguessable()),
					Locale.JAPANESE, identity.roles(), now));
			boolean created = sameName.isEmpty();
			if (created) {
				users.save(user);
			}
			jdbc.sql(
					"INSERT INTO sso_link (app_user, organisation_id, source, subject, linked_at) VALUES (?, ?, ?, ?, ?)")
				.params(user.id(), identity.organisation().value(), identity.source().name(), identity.subject(),
						java.sql.Timestamp.from(now))
				.update();
			audit(identity, created ? "SSO_ACCOUNT_CREATED" : "SSO_ACCOUNT_LINKED", user.id(), now);
		}
		if (!user.roles().equals(identity.roles())) {
			user.assignRoles(identity.roles());
			users.save(user);
			audit(identity, "SSO_ROLES_CHANGED", user.id(), now);
		}
		audit(identity, "SSO_LOGIN", user.id(), now);
		return user;
	}

	private SsoRefusedException refuse(OutsideIdentity identity, String reason, Instant now) {
		transaction.executeWithoutResult(status -> events
			.publishEvent(entry(identity, "SSO_LOGIN_REFUSED", null, now).with("reason", "#audit.ssoRefusal." + reason)
				.summary(reason)
				.at(now)));
		return new SsoRefusedException(reason);
	}

	private void audit(OutsideIdentity identity, String action, UUID user, Instant now) {
		String roles = String.join(",", identity.roles().stream().map(Role::name).sorted().toList());
		events.publishEvent(entry(identity, action, user, now).summary(identity.subject() + " roles=" + roles).at(now));
	}

	private static AuditEvent.Builder entry(OutsideIdentity identity, String action, UUID user, Instant now) {
		return AuditEvent.by(identity.organisation(), String.valueOf(identity.username()), user)
			.did(action)
			.on("USER", identity.username())
			.with("user", identity.username())
			.with("source", "#audit.ssoSource." + identity.source().name());
	}

	private static String displayNameOf(OutsideIdentity identity) {
		String name = identity.displayName();
		return name == null || name.isBlank() ? identity.username() : name.strip();
	}

	private static String unguessable() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
