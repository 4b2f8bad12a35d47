package jp.hikeshi.identity;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.mfa.MfaPolicy;
import jp.hikeshi.identity.mfa.MultiFactor;
import jp.hikeshi.identity.mfa.Totp;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Codes of a secret a few seconds from the end of a step, and organisations of their own
 * with a policy.
 */
final class MfaTestSupport {

	private MfaTestSupport() {
	}

	/**
	 * Waits (at most one step) until at least five seconds of the current step remain,
	 * and returns its start: codes of the step before, this one and the next are all
	 * accepted until then.
	 */
	static Instant safeNow() {
		await().atMost(Duration.ofSeconds(Totp.STEP_SECONDS + 1))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Instant.now().getEpochSecond() % Totp.STEP_SECONDS < Totp.STEP_SECONDS - 5);
		return Instant.now();
	}

	/** The code of the step {@code offset} steps from {@code now}. */
	static String code(String secret, Instant now, int offset) {
		return Totp.codeAt(secret, now.plusSeconds((long) offset * Totp.STEP_SECONDS));
	}

	/** A six-digit code that none of the three accepted steps has. */
	static String wrongCode(String secret, Instant now) {
		Set<String> right = Set.of(code(secret, now, -1), code(secret, now, 0), code(secret, now, 1));
		for (int i = 0;; i++) {
			String candidate = "%06d".formatted((123456 + i * 7919) % 1_000_000);
			if (!right.contains(candidate)) {
				return candidate;
			}
		}
	}

	/** A new organisation with this policy and a user of the given role in it. */
	static TestUser userOfOrganisation(JdbcClient jdbc, Accounts accounts, MultiFactor multiFactor, MfaPolicy policy,
			Role role) {
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(organisation.value(), "MFA " + organisation.value())
			.update();
		Actor admin = new Actor(UUID.randomUUID(), "mfa-setup", "mfa-setup", organisation, EnumSet.of(Role.ADMIN),
				Locale.JAPANESE);
		multiFactor.changePolicy(admin, policy);
		return create(accounts, admin, role);
	}

	/** Another user in the organisation of {@code by}. */
	static TestUser create(Accounts accounts, Actor by, Role role) {
		String username = "mfa-" + role.name().toLowerCase(Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		String password = "pw-" + UUID.randomUUID();
		var user = accounts.create(
				new Accounts.NewAccount(username, "テスト " + username, null, password, Locale.JAPANESE, EnumSet.of(role)),
				by);
		String token = accounts.issueToken(user.toActor(), "test").secret();
		return new TestUser(user.toActor(), username, password, token);
	}

}
