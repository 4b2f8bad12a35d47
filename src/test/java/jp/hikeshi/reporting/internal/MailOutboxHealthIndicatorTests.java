package jp.hikeshi.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@DisplayName("REP-3 the outbox backlog as health")
class MailOutboxHealthIndicatorTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	@DisplayName("REP-3 more old waiting messages than tolerated make the outbox DOWN; up to the threshold it is UP")
	void isDownAboveTheThresholdOfOldMessages() {
		assertThat(health(new OutboxRecords.Backlog(9, 2), true, 1).getStatus()).isEqualTo(Status.DOWN);
		assertThat(health(new OutboxRecords.Backlog(9, 1), true, 1).getStatus()).isEqualTo(Status.UP);
		assertThat(health(new OutboxRecords.Backlog(400, 0), true, 0).getStatus()).isEqualTo(Status.UP);
		Health down = health(new OutboxRecords.Backlog(3, 1), true, 0);
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("pending", 3L)
			.containsEntry("old", 1L)
			.containsEntry("givenUp", 4L)
			.containsEntry("pendingOlderThan", "PT1H");
	}

	@Test
	@DisplayName("REP-3 without an SMTP server mail waits by design: UNKNOWN, with the same figures")
	void isUnknownWithoutAMailServer() {
		Health health = health(new OutboxRecords.Backlog(5, 5), false, 0);
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("sending", false).containsEntry("old", 5L);
	}

	private static Health health(OutboxRecords.Backlog backlog, boolean sending, long maxOld) {
		OutboxRecords records = new OutboxRecords(null) {
			@Override
			public Backlog backlog(Instant before) {
				assertThat(before).isEqualTo(NOW.minus(Duration.ofHours(1)));
				return backlog;
			}

			@Override
			public long failed() {
				return 4;
			}
		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sending) {
			beans.addBean("mailSender", new JavaMailSenderImpl());
		}
		ObjectProvider<JavaMailSender> senders = beans.getBeanProvider(JavaMailSender.class);
		return new MailOutboxHealthIndicator(records, senders,
				new MailOutboxHealthIndicator.Settings(Duration.ofHours(1), maxOld), Clock.fixed(NOW, ZoneOffset.UTC))
			.health();
	}

}
