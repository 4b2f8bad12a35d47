package jp.hikeshi.maintenance;

import java.time.LocalDate;

/** How often a criterion is to be checked. */
public enum Frequency {

	WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

	/** The day the next check falls due after one on {@code day}. */
	public LocalDate after(LocalDate day) {
		return switch (this) {
			case WEEKLY -> day.plusWeeks(1);
			case MONTHLY -> day.plusMonths(1);
			case QUARTERLY -> day.plusMonths(3);
			case HALF_YEARLY -> day.plusMonths(6);
			case YEARLY -> day.plusYears(1);
		};
	}

}
