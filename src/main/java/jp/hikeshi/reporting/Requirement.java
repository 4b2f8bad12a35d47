package jp.hikeshi.reporting;

/** Whether a notification must, should, or need not be made. */
public enum Requirement {

	REQUIRED, RECOMMENDED, NOT_NEEDED

}
