package jp.hikeshi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A due date counted in days, as people read it (「あと 2 日」「今日まで」「3 日超過」): the last day is
 * the day of the instant just before the due (a due at 00:00 ends the day before),
 * {@code days} runs from today to that day in the display zone (negative once past), and
 * the work is overdue from the due instant on.
 */
public record DueDays(LocalDate lastDay, long days, boolean overdue) {

	public static DueDays of(Instant due, Instant now, ZoneId zone) {
		LocalDate lastDay = due.minusNanos(1).atZone(zone).toLocalDate();
		LocalDate today = now.atZone(zone).toLocalDate();
		return new DueDays(lastDay, ChronoUnit.DAYS.between(today, lastDay), !now.isBefore(due));
	}

	/** The message key of the text (home.days.*) and its argument, the number of days. */
	public String key() {
		if (overdue) {
			return days < 0 ? "home.days.overdue" : "home.days.overdueToday";
		}
		return days == 0 ? "home.days.today" : "home.days.left";
	}

	/** The number the text shows: days left, or days past the last day. */
	public long count() {
		return Math.abs(days);
	}
}
