package jp.hikeshi.intake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.shared.OrganisationId;

/**
 * The 64-bit fingerprint under which the clue index finds the alerts that carry a clue:
 * the first eight bytes of the SHA-256 of the organisation, the kind and the normalised
 * value. The index holds this number instead of the value (a SHA-256 observable alone is
 * 64 characters), so it is a third of the size, compares numbers instead of strings and
 * keeps far more of itself in the database's cache, which is what limits intake at a
 * million alerts on H2.
 * <p>
 * Two different clues share a fingerprint with a probability of 2<sup>-64</sup> per pair
 * (about one in 400,000 for a hundred million stored observables); the only effect would
 * be a "related" hint between alerts that are not. The observable's own row keeps its
 * kind and value, so whatever is shown or exported is exact.
 */
public final class ClueFingerprint {

	private ClueFingerprint() {
	}

	public static long of(OrganisationId org, ObservableInput clue) {
		return of(org, clue.type(), clue.value());
	}

	public static long of(OrganisationId org, String kind, String normalisedValue) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
		sha256.update(org.value().toString().getBytes(StandardCharsets.US_ASCII));
		sha256.update((byte) 0);
		sha256.update(kind.getBytes(StandardCharsets.UTF_8));
		sha256.update((byte) 0);
		sha256.update(normalisedValue.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(sha256.digest()).getLong();
	}

}
