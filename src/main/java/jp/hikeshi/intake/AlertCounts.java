package jp.hikeshi.intake;

import java.util.Map;

/**
 * How many alerts each lane holds. Counting stops at {@link #CAP} so that the queue stays
 * fast with millions of alerts; a lane at the cap reads as 1,000 or more, which is all
 * the desk needs to know.
 */
public record AlertCounts(Map<AlertFilter.Lane, Long> byLane) {

	public static final long CAP = 1_000;

	public long of(AlertFilter.Lane lane) {
		return byLane.getOrDefault(lane, 0L);
	}

	public boolean capped(AlertFilter.Lane lane) {
		return of(lane) >= CAP;
	}
}
