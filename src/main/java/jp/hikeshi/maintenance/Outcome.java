package jp.hikeshi.maintenance;

/**
 * The result of checking one criterion: within the criterion, an anomaly, or not checked
 * this time.
 */
public enum Outcome {

	NORMAL, ANOMALY, NOT_CHECKED

}
