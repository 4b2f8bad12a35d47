package jp.hikeshi.identity.mfa;

import jp.hikeshi.identity.internal.SecurityProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.identity.internal.Users;
import jp.hikeshi.shared.ConflictingInputException;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factor: enrolling a TOTP authenticator, confirming it with a first code
 * (which hands out ten one-time recovery codes), checking codes at sign-in without
 * accepting one twice, remembered devices, removal by the user and reset by an
 * administrator, and the organisation's policy. Every change is audited.
 */
@Service
@Transactional
public class MultiFactor {

	/** Recovery codes handed out at each confirmation. */
	public static final int RECOVERY_CODES = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final MfaStore store;

	private final TotpSecrets secrets;

	private final Users users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String issuer;

	private final int maxFailures;

	private final Duration lockFor;

	MultiFactor(MfaStore store, TotpSecrets secrets, Users users, ApplicationEventPublisher events, Clock clock,
			MfaProperties mfa, SecurityProperties security) {
		this.store = store;
		this.secrets = secrets;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.issuer = mfa.issuer();
		this.maxFailures = security.maxFailedLogins();
		this.lockFor = Duration.ofMinutes(security.lockMinutes());
	}

	/**
	 * What an authenticator app needs: the secret in base 32, the otpauth URI, and that
	 * URI as a QR code (PNG data URI).
	 */
	public record Enrolment(String secret, String otpauthUri, String qr) {

		/**
		 * The secret in groups of four letters, easier to type by hand (spaces are
		 * ignored by the apps).
		 */
		public String grouped() {
			return secret.replaceAll("(.{4})(?!$)", "$1 ");
		}
	}

	/**
	 * Where a user stands: an authenticator confirmed (since when), an enrolment started,
	 * codes left, required or not.
	 */
	public record Status(boolean enrolled, boolean enrolling, Instant enrolledAt, int recoveryCodesLeft,
			int rememberedDevices, boolean required) {
	}

	/** The answer to a code given at sign-in. */
	public enum Check {

		ACCEPTED, REJECTED, LOCKED

	}

	@Transactional(readOnly = true)
	public Status status(Actor user) {
		Optional<MfaStore.Authenticator> authenticator = store.authenticator(user.id());
		boolean enrolled = authenticator.filter(MfaStore.Authenticator::confirmed).isPresent();
		return new Status(enrolled, authenticator.filter(a -> !a.confirmed()).isPresent(),
				authenticator.map(MfaStore.Authenticator::confirmedAt).orElse(null),
				enrolled ? store.recoveryCodesLeft(user.id()) : 0,
				enrolled ? store.rememberedDevices(user.id(), now()) : 0, required(user));
	}

	/** Whether the user has a confirmed authenticator. */
	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		return store.authenticator(userId).filter(MfaStore.Authenticator::confirmed).isPresent();
	}

	/** Whether the organisation's policy asks this user for a second factor. */
	@Transactional(readOnly = true)
	public boolean required(Actor user) {
		return policy(user.organisation()).requires(user.roles());
	}

	/**
	 * Starts an enrolment with a new secret, replacing one not yet confirmed; refused
	 * while one is confirmed.
	 */
	public Enrolment enrol(Actor user) {
		String secret = TotpSecrets.newSecret();
		if (!store.startEnrolment(user.id(), user.organisation(), secrets.seal(secret), now())) {
			throw new ConflictingInputException("totp", "mfa.alreadyEnrolled");
		}
		return enrolment(user, secret);
	}

	/**
	 * The enrolment started and not yet confirmed, shown again until its first code is
	 * given.
	 */
	@Transactional(readOnly = true)
	public Optional<Enrolment> pendingEnrolment(Actor user) {
		return store.authenticator(user.id())
			.filter(a -> !a.confirmed())
			.map(a -> enrolment(user, secrets.open(a.sealedSecret())));
	}

	/**
	 * Confirms the enrolment with a first code and hands out new recovery codes, shown
	 * only now.
	 */
	public List<String> confirm(Actor user, String code) {
		MfaStore.Authenticator authenticator = store.authenticator(user.id())
			.filter(a -> !a.confirmed())
			.orElseThrow(() -> new RejectedInputException("code", "mfa.notEnrolling"));
		OptionalLong step = Totp.matchingStep(Base32.decode(secrets.open(authenticator.sealedSecret())), code, now());
		if (step.isEmpty() || !store.useStep(user.id(), step.getAsLong(), now())) {
			throw new RejectedInputException("code", "mfa.code.wrong");
		}
		List<String> codes = newRecoveryCodes(user);
		audit(user, user, "MFA_ENROLLED");
		return codes;
	}

	/**
	 * Checks a code of the user's authenticator; a code already used, wrong or too old
	 * counts as a failure.
	 */
	public Check checkCode(Actor user, String code) {
		Optional<MfaStore.Authenticator> authenticator = store.authenticator(user.id())
			.filter(MfaStore.Authenticator::confirmed);
		if (authenticator.isPresent()) {
			OptionalLong step = Totp.matchingStep(Base32.decode(secrets.open(authenticator.get().sealedSecret())), code,
					now());
			if (step.isPresent() && store.useStep(user.id(), step.getAsLong(), now())) {
				return Check.ACCEPTED;
			}
		}
		return failure(user);
	}

	/** Checks a recovery code; each is accepted once. */
	public Check checkRecoveryCode(Actor user, String code) {
		if (code != null && enrolled(user.id()) && store.useRecoveryCode(user.id(), hash(normalise(code)), now())) {
			store.resetFailures(user.id());
			audit(user, user, "MFA_RECOVERY_CODE_USED");
			return Check.ACCEPTED;
		}
		return failure(user);
	}

	/**
	 * Removes the user's own authenticator; refused while the organisation requires one
	 * of this user.
	 */
	public void remove(Actor user) {
		if (required(user)) {
			throw new ConflictingInputException("totp", "mfa.requiredByPolicy");
		}
		if (!store.removeAll(user.id())) {
			throw new NotFoundException("totp", user.id());
		}
		audit(user, user, "MFA_REMOVED");
	}

	/**
	 * An administrator removes a user's second factor (a lost device); the user enrols
	 * again at the next sign-in.
	 */
	public void reset(Actor administrator, UUID userId) {
		if (!administrator.has(Role.ADMIN)) {
			throw new AccessDeniedException("second factors are reset by administrators");
		}
		User user = users.findById(userId)
			.filter(u -> u.organisation().equals(administrator.organisation()))
			.orElseThrow(() -> new NotFoundException("user", userId));
		store.removeAll(userId);
		audit(administrator, user.toActor(), "MFA_RESET");
	}

	/**
	 * Remembers this device for the policy's days; returns the cookie value, or empty
	 * when the policy remembers none.
	 */
	public Optional<RememberedDevice> rememberDevice(Actor user) {
		int days = policy(user.organisation()).rememberDays();
		if (days == 0) {
			return Optional.empty();
		}
		String token = randomToken();
		Instant expires = now().plus(Duration.ofDays(days));
		store.rememberDevice(user.id(), user.organisation(), hash(token), now(), expires);
		audit(user, user, "MFA_DEVICE_REMEMBERED");
		return Optional.of(new RememberedDevice(token, Duration.ofDays(days)));
	}

	/** A remembered device's cookie value and how long it lasts. */
	public record RememberedDevice(String token, Duration lasts) {
	}

	/**
	 * Whether the cookie value names a device this user had remembered, while the policy
	 * still allows remembering.
	 */
	@Transactional(readOnly = true)
	public boolean remembers(Actor user, String token) {
		return token != null && !token.isBlank() && policy(user.organisation()).rememberDays() > 0
				&& store.deviceRemembered(user.id(), hash(token), now());
	}

	/** Forgets every device the user had remembered. */
	public void forgetDevices(Actor user) {
		if (store.forgetDevices(user.id()) > 0) {
			audit(user, user, "MFA_DEVICES_FORGOTTEN");
		}
	}

	@Transactional(readOnly = true)
	public MfaPolicy policy(OrganisationId organisation) {
		return store.policy(organisation);
	}

	public void changePolicy(Actor administrator, MfaPolicy policy) {
		if (!administrator.has(Role.ADMIN)) {
			throw new AccessDeniedException("the sign-in policy is set by administrators");
		}
		store.savePolicy(administrator.organisation(), policy, now());
		events.publishEvent(AuditEvent.by(administrator.organisation(), administrator.username(), administrator.id())
			.did("MFA_POLICY_CHANGED")
			.on("ORGANISATION", administrator.organisation().value())
			.with("roles", policy.requiredRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
			.with("days", policy.rememberDays())
			.summary("roles=" + policy.requiredRoles() + " rememberDays=" + policy.rememberDays())
			.at(now()));
	}

	private List<String> newRecoveryCodes(Actor user) {
		Set<String> codes = new LinkedHashSet<>();
		while (codes.size() < RECOVERY_CODES) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				if (i > 0 && i % 4 == 0) {
					code.append('-');
				}
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		store.replaceRecoveryCodes(user.id(), user.organisation(),
				codes.stream().map(c -> hash(normalise(c))).collect(Collectors.toCollection(LinkedHashSet::new)),
				now());
		return new ArrayList<>(codes);
	}

	/** Counts a wrong code; at the limit the account locks as after wrong passwords. */
	private Check failure(Actor user) {
		int failures = store.countFailure(user.id());
		audit(user, user, "MFA_FAILED");
		if (failures >= maxFailures) {
			store.resetFailures(user.id());
			users.findById(user.id()).ifPresent(account -> {
				account.recordFailedLogin(1, lockFor, now());
				users.save(account);
			});
			audit(user, user, "ACCOUNT_LOCKED");
			return Check.LOCKED;
		}
		return Check.REJECTED;
	}

	private Enrolment enrolment(Actor user, String secret) {
		String label = URLEncoder.encode(issuer + ":" + user.username(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
		return new Enrolment(secret, uri, QrCodes.pngDataUri(uri));
	}

	private void audit(Actor by, Actor subject, String action) {
		events.publishEvent(AuditEvent.by(subject.organisation(), by.username(), by.id())
			.did(action)
			.on("USER", subject.username())
			.with("user", subject.username())
			.at(now()));
	}

	private static String normalise(String code) {
		return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
