package jp.hikeshi.reporting.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the durable mail outbox ({@code hikeshi.mail.*}); the SMTP server itself is
 * {@code spring.mail.*}.
 *
 * @param from the sender address of every message
 * @param maxAttempts delivery attempts before a message is given up and waits for a
 * person in the outbox page
 * @param outbox the schedule of the delivery job
 */
@ConfigurationProperties("hikeshi.mail")
@Validated
public record OutboxProperties(@DefaultValue("hikeshi@localhost") @NotBlank String from,
		@DefaultValue("12") @Positive int maxAttempts, @DefaultValue @Valid Schedule outbox) {

	/**
	 * The delivery job's schedule.
	 *
	 * @param every the pause between two runs
	 * @param initialDelay the pause after start before the first run
	 */
	public record Schedule(@DefaultValue("PT30S") @DurationMin(seconds = 1) Duration every,
			@DefaultValue("PT20S") @DurationMin(seconds = 0) Duration initialDelay) {
	}
}
