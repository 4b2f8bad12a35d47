package jp.hikeshi.maintenance.internal;

import java.time.LocalDate;

import jp.hikeshi.maintenance.Frequency;

/**
 * When a criterion is next due on an asset: one period after the last day it was actually
 * checked (a result of NOT_CHECKED does not count), or one period after the criterion was
 * defined if it never was. A check is overdue from the day after it fell due.
 */
public final class CheckSchedule {

	private CheckSchedule() {
	}

	public static LocalDate dueOn(Frequency frequency, LocalDate lastChecked, LocalDate defined) {
		return frequency.after(lastChecked != null ? lastChecked : defined);
	}

	public static boolean overdue(LocalDate dueOn, LocalDate today) {
		return dueOn.isBefore(today);
	}

}
