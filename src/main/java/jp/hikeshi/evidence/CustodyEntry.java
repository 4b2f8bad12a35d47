package jp.hikeshi.evidence;

import java.time.Instant;

/**
 * One step in an item's chain of custody; a correction names the position it corrects.
 */
public record CustodyEntry(int position, String fromHolder, String toHolder, Instant transferredAt, String purpose,
		String location, Integer correctsPosition, String recordedBy, Instant recordedAt) {

	/**
	 * The purpose stored on the first entry, written by the system when the item is
	 * collected (kept as stored).
	 */
	public static final String COLLECTED = "収集 / collected";

	/**
	 * Whether this is the system's collection entry, shown with its label in the reader's
	 * language.
	 */
	public boolean collection() {
		return position == 1 && fromHolder == null && COLLECTED.equals(purpose);
	}
}
