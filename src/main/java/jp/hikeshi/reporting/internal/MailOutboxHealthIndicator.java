package jp.hikeshi.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox backlog as health ({@code mailOutbox}): DOWN when more than {@code max-old}
 * messages have waited longer than {@code old-after} (mail is not leaving: legal
 * reminders and notices are late), UP otherwise. Without an SMTP host mail waits by
 * design, so the state is UNKNOWN, with the same figures. Given-up messages are shown,
 * not judged: they wait for a person in the outbox page.
 */
@Component
@EnableConfigurationProperties(MailOutboxHealthIndicator.Settings.class)
class MailOutboxHealthIndicator implements HealthIndicator {

	/**
	 * {@code hikeshi.mail.outbox.health.*}: when a waiting message counts as old, and how
	 * many old ones are tolerated.
	 *
	 * @param oldAfter how long a message may wait in the outbox before it counts as old
	 * @param maxOld how many old messages are tolerated before mailOutbox is DOWN
	 */
	@ConfigurationProperties("hikeshi.mail.outbox.health")
	@Validated
	record Settings(@DefaultValue("PT1H") @DurationMin(seconds = 1) Duration oldAfter,
			@DefaultValue("0") @Min(0) long maxOld) {
	}

	private final OutboxRecords records;

	private final ObjectProvider<JavaMailSender> senders;

	private final Settings settings;

	private final Clock clock;

	MailOutboxHealthIndicator(OutboxRecords records, ObjectProvider<JavaMailSender> senders, Settings settings,
			Clock clock) {
		this.records = records;
		this.senders = senders;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Health health() {
		OutboxRecords.Backlog backlog = records.backlog(Instant.now(clock).minus(settings.oldAfter()));
		boolean sending = senders.getIfAvailable() != null;
		Status status = !sending ? Status.UNKNOWN : backlog.old() > settings.maxOld() ? Status.DOWN : Status.UP;
		return Health.status(status)
			.withDetail("sending", sending)
			.withDetail("pending", backlog.pending())
			.withDetail("pendingOlderThan", settings.oldAfter().toString())
			.withDetail("old", backlog.old())
			.withDetail("maxOld", settings.maxOld())
			.withDetail("givenUp", records.failed())
			.build();
	}

}
