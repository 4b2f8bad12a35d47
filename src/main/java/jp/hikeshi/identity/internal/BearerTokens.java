package jp.hikeshi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves a bearer secret to its user with one indexed lookup of the secret's SHA-256 (no password
 * hash per call), and notes when a token was last used at most once a minute.
 */
@Component
class BearerTokens {

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Users users;
	private final Clock clock;

	BearerTokens(JdbcClient jdbc, Users users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	Optional<SignedInUser> authenticate(String secret) {
		Optional<TokenRow> row = jdbc.sql("""
				SELECT id, user_id, last_used_at FROM api_token WHERE token_hash = ? AND revoked_at IS NULL""")
			.param(Accounts.sha256(secret))
			.query((rs, n) -> new TokenRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		TokenRow token = row.get();
		if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
			jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(now.atOffset(ZoneOffset.UTC), token.id()).update();
		}
		return users.findById(token.userId()).filter(User::enabled).map(user -> SignInUsers.principalOf(user, now));
	}

	private record TokenRow(UUID id, UUID userId, Instant lastUsedAt) {
	}
}
