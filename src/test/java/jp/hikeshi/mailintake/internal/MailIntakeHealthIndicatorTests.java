package jp.hikeshi.mailintake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.mailintake.PollOutcome;
import jp.hikeshi.mailintake.PollResult;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

@DisplayName("DET-2 mail intake as health")
class MailIntakeHealthIndicatorTests {

	private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	@DisplayName("DET-2 switched off, or not polled yet, the state is UNKNOWN")
	void isUnknownWhenOffOrNotYetPolled() {
		assertThat(health(false, null)).isEqualTo(Status.UNKNOWN);
		assertThat(health(true, null)).isEqualTo(Status.UNKNOWN);
	}

	@Test
	@DisplayName("DET-2 a last poll that could not read the mailbox is DOWN; one that read it is UP, also with failed messages")
	void isDownWhenTheLastPollFailed() {
		assertThat(health(true, PollOutcome.of(PollResult.FAILED, AT, "AuthenticationFailedException: no")))
			.isEqualTo(Status.DOWN);
		assertThat(health(true, new PollOutcome(PollResult.PARTIAL, AT, 3, 2, 0, 0, 1, "x"))).isEqualTo(Status.UP);
		assertThat(health(true, new PollOutcome(PollResult.OK, AT, 1, 1, 0, 0, 0, null))).isEqualTo(Status.UP);
	}

	private static Status health(boolean enabled, PollOutcome last) {
		MailIntakeSettings settings = new MailIntakeSettings(enabled, "imap.example.jp", null, "imaps",
				"incident@example.jp", "secret", "INBOX", null, Duration.ofMinutes(1), 50, 26_214_400L, "OTHER",
				UUID.fromString("00000000-0000-0000-0000-000000000001"), null, true, Duration.ofSeconds(10),
				Duration.ofMinutes(10), Duration.ofSeconds(30));
		MailboxRecords records = new MailboxRecords(null) {
			@Override
			public Optional<PollOutcome> last(String mailbox) {
				return Optional.ofNullable(last);
			}
		};
		return new MailIntakeHealthIndicator(settings, records).health().getStatus();
	}

}
