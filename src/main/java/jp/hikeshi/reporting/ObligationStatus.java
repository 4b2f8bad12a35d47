package jp.hikeshi.reporting;

/** Where an obligation stands now. */
public enum ObligationStatus {
	NOT_REQUIRED, OPEN, WARNING, OVERDUE, MET
}
