package jp.hikeshi.notification;

import java.util.List;

/**
 * What a notification is about. Each kind names the parameters its message takes, in
 * order: a name ending in {@code Key} holds a message key, {@code due} an instant shown
 * in the display zone, any other a text that may have an English variant stored under
 * {@code name.en}.
 */
public enum NotificationKind {

	/** A report was filed (DET-1, DET-2); to the desk. */
	REPORT_FILED(true, "number", "summary"),
	/** A maintenance check found an anomaly (DET-2); to the desk. */
	ANOMALY_FOUND(true, "number", "summary"),
	/** A task was given to the reader or the reader's vendor (RES-1). */
	TASK_ASSIGNED(true, "incident", "title", "due"),
	/** A vendor answered a request the reader gave or commands (RES-1). */
	REQUEST_ANSWERED(true, "incident", "title", "by"),
	/** A task of the reader falls due within 24 hours. */
	TASK_DUE_SOON(true, "incident", "title", "due"),
	/** A task of the reader is overdue. */
	TASK_OVERDUE(true, "incident", "title", "due"),
	/** A task of an incident the reader commands is overdue (escalation). */
	TASK_ESCALATED(true, "incident", "title", "due", "assignee"),
	/**
	 * A legal deadline warns (REP-3, REP-5); mailed by the legal reminders, so in-app
	 * only here.
	 */
	LEGAL_DEADLINE_WARN(false, "incident", "obligationKey", "due"),
	/**
	 * A legal deadline passed (REP-3, REP-5); mailed by the legal reminders, so in-app
	 * only here.
	 */
	LEGAL_DEADLINE_OVERDUE(false, "incident", "obligationKey", "due");

	private final boolean mailed;

	private final List<String> params;

	NotificationKind(boolean mailed, String... params) {
		this.mailed = mailed;
		this.params = List.of(params);
	}

	/**
	 * Whether this module also sends the kind by e-mail (the reader may turn that off).
	 */
	public boolean mailed() {
		return mailed;
	}

	public List<String> params() {
		return params;
	}

}
