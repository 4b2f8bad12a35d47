package jp.hikeshi.intake;

/** Where a report stands at the desk. */
public enum ReportStatus {
	/** Recorded, waiting for triage. */
	RECEIVED
}
