package jp.hikeshi.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows
 * made one after another get ids that sort one after another, so inserts land at the end
 * of the primary key and of every index that ends in the id, instead of on a random page
 * of each; on a large table that is the difference between a page in cache and a page
 * read. 74 random bits (a version 4 UUID has 122) keep ids unique; they are not secrets.
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TimeOrderedIds() {
	}

	public static UUID next() {
		return at(System.currentTimeMillis());
	}

	/** An id for a row made at the given instant (imported or generated history). */
	public static UUID at(Instant instant) {
		return at(instant.toEpochMilli());
	}

	private static UUID at(long millis) {
		byte[] random = new byte[10];
		RANDOM.nextBytes(random);
		long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
		long low = 0x8000000000000000L | ((random[2] & 0x3FL) << 56);
		for (int i = 3; i < 10; i++) {
			low |= (random[i] & 0xFFL) << (8 * (9 - i));
		}
		return new UUID(high, low);
	}

	/**
	 * Whether the id was made by {@link #next()} before the given instant, read from its
	 * time bits. Ids of any other version (random ones made before this class existed)
	 * answer {@code false}: their age is unknown.
	 */
	public static boolean madeBefore(UUID id, Instant instant) {
		return id.version() == 7 && (id.getMostSignificantBits() >>> 16) < instant.toEpochMilli();
	}

}
