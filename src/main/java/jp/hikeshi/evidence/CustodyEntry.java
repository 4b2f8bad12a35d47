package jp.hikeshi.evidence;

import java.time.Instant;

/** One step in an item's chain of custody; a correction names the position it corrects. */
public record CustodyEntry(int position, String fromHolder, String toHolder, Instant transferredAt, String purpose,
		String location, Integer correctsPosition, String recordedBy, Instant recordedAt) {
}
