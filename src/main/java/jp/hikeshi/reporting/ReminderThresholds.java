package jp.hikeshi.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When reminders are due for a deadline: once when its warning time is reached (N days
 * before a fixed deadline, or the start of the grey zone of a prompt report) and once
 * when it is overdue. Each threshold is reminded only once.
 */
public final class ReminderThresholds {

	/** A point at which the responsible roles are reminded. */
	public enum Threshold {

		WARN, OVERDUE

	}

	private ReminderThresholds() {
	}

	/** The warning time of a fixed deadline: {@code daysBefore} days before it. */
	public static Instant warnBefore(Instant due, int daysBefore) {
		return due.minus(Duration.ofDays(daysBefore));
	}

	/** The thresholds reached at {@code now}; a deadline already met reaches none. */
	public static List<Threshold> reached(Instant warnAt, Instant dueAt, Instant metAt, Instant now) {
		List<Threshold> reached = new ArrayList<>();
		if (metAt != null || dueAt == null) {
			return reached;
		}
		if (!now.isBefore(dueAt)) {
			reached.add(Threshold.OVERDUE);
		}
		else if (warnAt != null && !now.isBefore(warnAt)) {
			reached.add(Threshold.WARN);
		}
		return reached;
	}

}
