package jp.hikeshi.intake;

/** Where a report stands at the desk. */
public enum ReportStatus {

	/** Recorded, waiting for triage. */
	RECEIVED,
	/** Facts are being gathered (TRI-1); no decision yet. */
	IN_TRIAGE,
	/** Decided to be (part of) an incident (TRI-2). */
	INCIDENT,
	/** Decided not to be an incident; closed (TRI-2). */
	NOT_INCIDENT,
	/** A duplicate of another report (TRI-2). */
	DUPLICATE;

	/** Whether a triage outcome may be recorded as this status. */
	public boolean isTriageOutcome() {
		return this != RECEIVED;
	}

}
