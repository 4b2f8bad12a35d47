package jp.hikeshi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves a bearer secret to its user with one indexed lookup of the secret's SHA-256
 * (no password hash per call), and notes when and from where a token was last used at
 * most once a minute. A revoked or expired token, or one of a deactivated or locked user,
 * is refused: the state is read from the database on every call, so a lock or a
 * revocation on one instance stops the token on all of them at once.
 */
@Component
class BearerTokens {

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	BearerTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token accepted for its user, with its scopes. */
	record Accepted(UUID tokenId, SignedInUser user, Set<TokenScope> scopes) {
	}

	/**
	 * The outcome of presenting a secret: accepted, expired, or refused (unknown,
	 * revoked, user locked or inactive).
	 */
	sealed interface Outcome permits Outcome.Granted, Outcome.Expired, Outcome.Refused {

		record Granted(Accepted token) implements Outcome {
		}

		record Expired() implements Outcome {
		}

		record Refused() implements Outcome {
		}

	}

	Outcome authenticate(String secret, String address) {
		// one indexed query per call: the token, its user and the user's roles
		List<TokenRow> rows = jdbc
			.sql("""
					SELECT t.id AS token_id, t.last_used_at, t.expires_at, t.scopes, u.id, u.organisation_id, u.username, u.display_name, u.locale,
					       u.enabled, u.locked_until, u.password_hash, r.role
					FROM api_token t JOIN app_user u ON u.id = t.user_id LEFT JOIN user_role r ON r.app_user = u.id
					WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
			.param(Accounts.sha256(secret))
			.query((rs, n) -> new TokenRow(rs.getObject("token_id", UUID.class), instant(rs, "last_used_at"),
					instant(rs, "expires_at"), rs.getString("scopes"), rs.getObject("id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getString("username"), rs.getString("display_name"),
					rs.getString("locale"), rs.getBoolean("enabled"), instant(rs, "locked_until"),
					rs.getString("password_hash"), rs.getString("role")))
			.list();
		Instant now = Instant.now(clock);
		if (rows.isEmpty() || !rows.get(0).enabled()
				|| rows.get(0).lockedUntil() != null && rows.get(0).lockedUntil().isAfter(now)) {
			return new Outcome.Refused();
		}
		TokenRow first = rows.get(0);
		if (!first.expiresAt().isAfter(now)) {
			return new Outcome.Expired();
		}
		if (first.lastUsedAt() == null || first.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
			jdbc.sql("UPDATE api_token SET last_used_at = ?, last_used_from = ? WHERE id = ?")
				.params(now.atOffset(ZoneOffset.UTC), address == null || address.length() > 64 ? null : address,
						first.tokenId())
				.update();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().map(TokenRow::role).filter(Objects::nonNull).forEach(r -> roles.add(Role.valueOf(r)));
		Actor actor = new Actor(first.userId(), first.username(), first.displayName(),
				new OrganisationId(first.organisationId()), roles, Locale.forLanguageTag(first.locale()));
		return new Outcome.Granted(new Accepted(first.tokenId(),
				new SignedInUser(actor, first.passwordHash(), true, false), TokenScope.parse(first.scopes())));
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private record TokenRow(UUID tokenId, Instant lastUsedAt, Instant expiresAt, String scopes, UUID userId,
			UUID organisationId, String username, String displayName, String locale, boolean enabled,
			Instant lockedUntil, String passwordHash, String role) {
	}

}
