package jp.hikeshi.reporting;

/** Why a message is sent. */
public enum MailPurpose {

	/** A notification of the plan (REP-1 to REP-4). */
	NOTIFICATION,
	/**
	 * A warning to the people concerned when an event was not an incident (注意喚起, TRI-2).
	 */
	WARNING,
	/** A reminder of a legal deadline. */
	REMINDER,
	/**
	 * A request to a vendor: a task of an incident was given to the vendor (RES-1, RES-2,
	 * RES-4).
	 */
	REQUEST,
	/**
	 * A notice to a person of what concerns them: a new report, a task given or falling
	 * due, an answer (notification module).
	 */
	NOTICE

}
