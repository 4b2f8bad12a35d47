package jp.hikeshi.reporting.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the legal reporting clock and its reminder job
 * ({@code hikeshi.reporting.*}).
 *
 * @param preliminaryWarnDays days after becoming aware at which the preliminary report
 * shows as due soon
 * @param preliminaryDueDays days after becoming aware at which the preliminary report is
 * overdue
 * @param reminderDaysBefore days before a fixed deadline (the final report) at which the
 * reminder goes out
 * @param reminders the schedule of the legal reminder job
 * @param jobs whether this instance runs the reminder and outbox jobs at all (tests call
 * them themselves)
 */
@ConfigurationProperties("hikeshi.reporting")
@Validated
public record ReportingProperties(@DefaultValue("3") @Positive int preliminaryWarnDays,
		@DefaultValue("5") @Positive int preliminaryDueDays, @DefaultValue("3") @Min(0) int reminderDaysBefore,
		@DefaultValue @Valid Reminders reminders, @DefaultValue Jobs jobs) {

	/**
	 * The legal reminder job's schedule.
	 *
	 * @param every the pause between two runs
	 * @param initialDelay the pause after start before the first run
	 */
	public record Reminders(@DefaultValue("PT15M") @DurationMin(seconds = 1) Duration every,
			@DefaultValue("PT1M") @DurationMin(seconds = 0) Duration initialDelay) {
	}

	/**
	 * Switches the scheduled jobs of the reporting module.
	 *
	 * @param enabled {@code false} leaves the reminders and the outbox to other instances
	 * or to tests
	 */
	public record Jobs(@DefaultValue("true") boolean enabled) {
	}
}
