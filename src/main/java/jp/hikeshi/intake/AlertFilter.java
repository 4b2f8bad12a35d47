package jp.hikeshi.intake;

/**
 * Narrows the alert queue. The lane is NEW (open), RELATED (open and sharing an observable), PROMOTED or
 * DISMISSED; source and severity are optional.
 */
public record AlertFilter(Lane lane, String source, Severity severity) {

	/** The queue's lanes, each backed by an index. */
	public enum Lane {
		NEW, RELATED, PROMOTED, DISMISSED
	}

	public AlertFilter {
		lane = lane == null ? Lane.NEW : lane;
		source = source == null || source.isBlank() ? null : source.strip();
	}

	public AlertFilter inLane(Lane other) {
		return new AlertFilter(other, source, severity);
	}
}
