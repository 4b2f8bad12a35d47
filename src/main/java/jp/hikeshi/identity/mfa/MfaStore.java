package jp.hikeshi.identity.mfa;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of multi-factor sign-in: authenticators, recovery codes, remembered devices
 * and policies.
 */
@Repository
class MfaStore {

	/**
	 * A user's authenticator as stored: the sealed secret, whether confirmed, the last
	 * step accepted.
	 */
	record Authenticator(UUID userId, String sealedSecret, Instant createdAt, Instant confirmedAt, long lastStep,
			int failedAttempts) {

		boolean confirmed() {
			return confirmedAt != null;
		}
	}

	private final JdbcClient jdbc;

	MfaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Authenticator> authenticator(UUID userId) {
		return jdbc.sql(
				"SELECT user_id, secret, created_at, confirmed_at, last_step, failed_attempts FROM mfa_totp WHERE user_id = ?")
			.param(userId)
			.query((rs, n) -> new Authenticator(rs.getObject(1, UUID.class), rs.getString(2), instant(rs, 3),
					instant(rs, 4), rs.getLong(5), rs.getInt(6)))
			.optional();
	}

	/**
	 * Starts (or starts again) an enrolment not yet confirmed; a confirmed authenticator
	 * is left alone.
	 */
	boolean startEnrolment(UUID userId, OrganisationId organisation, String sealedSecret, Instant now) {
		jdbc.sql("DELETE FROM mfa_totp WHERE user_id = ? AND confirmed_at IS NULL").param(userId).update();
		if (authenticator(userId).isPresent()) {
			return false;
		}
		jdbc.sql(
				"INSERT INTO mfa_totp (user_id, organisation_id, secret, created_at, confirmed_at, last_step, failed_attempts)"
						+ " VALUES (?, ?, ?, ?, NULL, -1, 0)")
			.params(userId, organisation.value(), sealedSecret, timestamp(now))
			.update();
		return true;
	}

	/**
	 * Takes the step as used, if it is later than the last one used; false for a replayed
	 * or older code.
	 */
	boolean useStep(UUID userId, long step, Instant confirmAt) {
		return jdbc
			.sql("UPDATE mfa_totp SET last_step = ?, failed_attempts = 0, confirmed_at = COALESCE(confirmed_at, ?)"
					+ " WHERE user_id = ? AND last_step < ?")
			.params(step, timestamp(confirmAt), userId, step)
			.update() == 1;
	}

	/** Counts a wrong code; returns the count so far. */
	int countFailure(UUID userId) {
		jdbc.sql("UPDATE mfa_totp SET failed_attempts = failed_attempts + 1 WHERE user_id = ?").param(userId).update();
		return jdbc.sql("SELECT failed_attempts FROM mfa_totp WHERE user_id = ?")
			.param(userId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void resetFailures(UUID userId) {
		jdbc.sql("UPDATE mfa_totp SET failed_attempts = 0 WHERE user_id = ?").param(userId).update();
	}

	/**
	 * Removes the authenticator, its recovery codes and remembered devices; true if there
	 * was one.
	 */
	boolean removeAll(UUID userId) {
		int removed = jdbc.sql("DELETE FROM mfa_totp WHERE user_id = ?").param(userId).update();
		jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = ?").param(userId).update();
		jdbc.sql("DELETE FROM mfa_remembered_device WHERE user_id = ?").param(userId).update();
		return removed > 0;
	}

	void replaceRecoveryCodes(UUID userId, OrganisationId organisation, Set<String> hashes, Instant now) {
		jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = ?").param(userId).update();
		for (String hash : hashes) {
			jdbc.sql(
					"INSERT INTO mfa_recovery_code (user_id, organisation_id, code_hash, created_at, used_at) VALUES (?, ?, ?, ?, NULL)")
				.params(userId, organisation.value(), hash, timestamp(now))
				.update();
		}
	}

	/**
	 * Marks an unused recovery code used; false when there is none with this hash (or it
	 * was used before).
	 */
	boolean useRecoveryCode(UUID userId, String hash, Instant now) {
		return jdbc
			.sql("UPDATE mfa_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
			.params(timestamp(now), userId, hash)
			.update() == 1;
	}

	int recoveryCodesLeft(UUID userId) {
		return jdbc.sql("SELECT COUNT(*) FROM mfa_recovery_code WHERE user_id = ? AND used_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	void rememberDevice(UUID userId, OrganisationId organisation, String tokenHash, Instant now, Instant expiresAt) {
		jdbc.sql("DELETE FROM mfa_remembered_device WHERE user_id = ? AND expires_at <= ?")
			.params(userId, timestamp(now))
			.update();
		jdbc.sql("INSERT INTO mfa_remembered_device (id, organisation_id, user_id, token_hash, created_at, expires_at)"
				+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), organisation.value(), userId, tokenHash, timestamp(now), timestamp(expiresAt))
			.update();
	}

	boolean deviceRemembered(UUID userId, String tokenHash, Instant now) {
		return jdbc
			.sql("SELECT COUNT(*) FROM mfa_remembered_device WHERE token_hash = ? AND user_id = ? AND expires_at > ?")
			.params(tokenHash, userId, timestamp(now))
			.query(Integer.class)
			.single() > 0;
	}

	int rememberedDevices(UUID userId, Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM mfa_remembered_device WHERE user_id = ? AND expires_at > ?")
			.params(userId, timestamp(now))
			.query(Integer.class)
			.single();
	}

	int forgetDevices(UUID userId) {
		return jdbc.sql("DELETE FROM mfa_remembered_device WHERE user_id = ?").param(userId).update();
	}

	MfaPolicy policy(OrganisationId organisation) {
		return jdbc.sql("SELECT required_roles, remember_days FROM mfa_policy WHERE organisation_id = ?")
			.param(organisation.value())
			.query((rs, n) -> new MfaPolicy(roles(rs.getString(1)), rs.getInt(2)))
			.optional()
			.orElse(MfaPolicy.NONE);
	}

	void savePolicy(OrganisationId organisation, MfaPolicy policy, Instant now) {
		String roles = policy.requiredRoles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
		int updated = jdbc.sql(
				"UPDATE mfa_policy SET required_roles = ?, remember_days = ?, updated_at = ? WHERE organisation_id = ?")
			.params(roles, policy.rememberDays(), timestamp(now), organisation.value())
			.update();
		if (updated == 0) {
			jdbc.sql(
					"INSERT INTO mfa_policy (organisation_id, required_roles, remember_days, updated_at) VALUES (?, ?, ?, ?)")
				.params(organisation.value(), roles, policy.rememberDays(), timestamp(now))
				.update();
		}
	}

	private static Set<Role> roles(String names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).forEach(s -> roles.add(Role.valueOf(s.strip())));
		return roles;
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static java.time.OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
	}

}
