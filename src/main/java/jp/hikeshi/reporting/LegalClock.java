package jp.hikeshi.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The PPC's deadlines counted from when the organisation became aware (知った時): the
 * preliminary report (速報) is prompt (速やかに), read as warn after 3 days and overdue after 5
 * (configurable); the final report (確報) within 30 days, or 60 when an unauthorised
 * purpose is possible. Days are counted from the day after becoming aware (初日不算入, Civil
 * Code art. 140) and end at midnight of the last day in the organisation's time zone.
 */
public record LegalClock(int preliminaryWarnDays, int preliminaryDueDays, ZoneId zone) {

	public static final int FINAL_DAYS = 30;

	public static final int FINAL_DAYS_UNAUTHORISED_PURPOSE = 60;

	public LegalClock {
		if (preliminaryWarnDays < 0 || preliminaryDueDays < preliminaryWarnDays) {
			throw new IllegalArgumentException("the preliminary window must end after its warning: "
					+ preliminaryWarnDays + " / " + preliminaryDueDays);
		}
	}

	public LegalDeadlines deadlines(Instant becameAwareAt, boolean unauthorisedPurpose) {
		int finalDays = unauthorisedPurpose ? FINAL_DAYS_UNAUTHORISED_PURPOSE : FINAL_DAYS;
		return new LegalDeadlines(endOfDay(becameAwareAt, preliminaryWarnDays),
				endOfDay(becameAwareAt, preliminaryDueDays), endOfDay(becameAwareAt, finalDays), finalDays);
	}

	/**
	 * The day a deadline falls on: a due instant is the exclusive end of its last day
	 * (00:00 of the next day), so the last day is the day of the instant just before it,
	 * in the organisation's zone.
	 */
	public LocalDate lastDay(Instant due) {
		return due.minusNanos(1).atZone(zone).toLocalDate();
	}

	private Instant endOfDay(Instant from, int days) {
		LocalDate first = from.atZone(zone).toLocalDate();
		return first.plusDays(days + 1L).atStartOfDay(zone).toInstant();
	}
}
