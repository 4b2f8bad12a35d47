package jp.hikeshi.review;

/**
 * What the incident turned out to be: a true incident, a false positive, or a duplicate
 * merged into another.
 */
public enum ReviewOutcome {

	TRUE_POSITIVE, FALSE_POSITIVE, DUPLICATE

}
