package jp.hikeshi.mailintake;

import java.time.Instant;

/**
 * What one poll did: messages seen, reports filed (of which flagged for review), messages
 * already taken earlier and only marked now, failures (left unmarked for the next poll),
 * and the first error.
 */
public record PollOutcome(PollResult result, Instant at, int seen, int filed, int needingReview, int alreadyTaken,
		int failed, String error) {

	public static PollOutcome of(PollResult result, Instant at, String error) {
		return new PollOutcome(result, at, 0, 0, 0, 0, 0, error);
	}
}
