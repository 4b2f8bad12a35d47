package jp.hikeshi.intake;

/** How well the time the event happened is known: a point, a range, or not at all. */
public enum OccurrencePrecision {

	KNOWN, RANGE, UNKNOWN

}
