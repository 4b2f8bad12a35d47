package jp.hikeshi.identity.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): 30-second steps from the
 * Unix epoch, HMAC-SHA-1 and six digits as authenticator apps use by default; a code of
 * the step before or after is accepted for clock drift.
 */
public final class Totp {

	/** Seconds per time step. */
	public static final int STEP_SECONDS = 30;

	/** Digits of a code. */
	public static final int DIGITS = 6;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	/** The time step an instant falls in. */
	public static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The six-digit code of a step, zero-padded. */
	public static String code(byte[] key, long step) {
		return code(key, step, "HmacSHA1", DIGITS);
	}

	/**
	 * The code of the step of {@code now} for a secret in base 32, as an authenticator
	 * app shows it.
	 */
	public static String codeAt(String base32Secret, Instant now) {
		return code(Base32.decode(base32Secret), stepAt(now));
	}

	/**
	 * The code of a step with the given HMAC algorithm ({@code HmacSHA1},
	 * {@code HmacSHA256}, {@code HmacSHA512}).
	 */
	static String code(byte[] key, long step, String algorithm, int digits) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC unavailable: " + algorithm, ex);
		}
	}

	/**
	 * The step whose code the given code is, looking at the step of {@code now} and one
	 * either side; empty when none matches or the input is not six digits. Compared in
	 * constant time.
	 */
	public static OptionalLong matchingStep(byte[] key, String code, Instant now) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		OptionalLong found = OptionalLong.empty();
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(code(key, step).getBytes(), typed.getBytes()) && found.isEmpty()) {
				found = OptionalLong.of(step);
			}
		}
		return found;
	}

}
