package jp.hikeshi.evidence;

import java.util.Arrays;
import java.util.List;

/** The order of volatility of RFC 3227: collect rank 1 first, rank 7 last. */
public enum Volatility {

	REGISTERS_CACHE(1), MEMORY_AND_STATE(2), TEMPORARY_FILES(3), DISK(4), REMOTE_LOGS(5), PHYSICAL_CONFIGURATION(6),
	ARCHIVAL_MEDIA(7);

	private final int rank;

	Volatility(int rank) {
		this.rank = rank;
	}

	public int rank() {
		return rank;
	}

	public static Volatility ofRank(int rank) {
		return Arrays.stream(values())
			.filter(v -> v.rank == rank)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("volatility rank " + rank));
	}

	/** The collection check list, most volatile first. */
	public static List<Volatility> collectionOrder() {
		return List.of(values());
	}

}
