package jp.hikeshi.triage;

/** What triage decided about a report (TRI-2). */
public enum TriageOutcome {

	/**
	 * An incident: a new one opened from the report, or an existing open one the report
	 * is attached to.
	 */
	INCIDENT,
	/**
	 * Not an incident: the report is closed, optionally with a warning (注意喚起) to those
	 * concerned.
	 */
	NOT_INCIDENT,
	/** The same matter as another report, to which it is linked. */
	DUPLICATE

}
