package jp.hikeshi.notification.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of notifications and the task due reminders ({@code hikeshi.notification.*}).
 *
 * @param baseUrl the address of this application as users reach it (e.g.
 * {@code https://hikeshi.example.jp}); links in e-mails are absolute when it is set,
 * relative otherwise
 * @param deskFallbackMax how many handlers are told of a new report when the role plan
 * names nobody for the desk
 * @param reminders the schedule of the task due reminders
 * @param jobs whether this instance runs the reminder job at all (tests call it
 * themselves)
 */
@ConfigurationProperties("hikeshi.notification")
@Validated
public record NotificationProperties(@DefaultValue("") String baseUrl,
		@DefaultValue("50") @Positive int deskFallbackMax, @DefaultValue @Valid Reminders reminders,
		@DefaultValue Jobs jobs) {

	public NotificationProperties {
		baseUrl = baseUrl == null ? "" : baseUrl.strip();
	}

	/**
	 * The task due reminder job's schedule.
	 *
	 * @param every the pause between two runs
	 * @param initialDelay the pause after start before the first run
	 * @param lease how long one instance holds the reminder lock; another instance takes
	 * over after it
	 */
	public record Reminders(@DefaultValue("PT5M") @DurationMin(seconds = 1) Duration every,
			@DefaultValue("PT1M") @DurationMin(seconds = 0) Duration initialDelay,
			@DefaultValue("PT10M") @DurationMin(seconds = 1) Duration lease) {
	}

	/**
	 * Switches the scheduled job of the notification module.
	 *
	 * @param enabled {@code false} leaves the task due reminders to other instances or to
	 * tests
	 */
	public record Jobs(@DefaultValue("true") boolean enabled) {
	}
}
