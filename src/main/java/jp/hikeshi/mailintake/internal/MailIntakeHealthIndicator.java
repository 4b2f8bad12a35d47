package jp.hikeshi.mailintake.internal;

import jp.hikeshi.mailintake.PollOutcome;
import jp.hikeshi.mailintake.PollResult;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports by e-mail as health ({@code mailIntake}): UNKNOWN while intake is switched off
 * (or not yet polled), DOWN when the last poll could not read the mailbox, UP otherwise
 * (also when some messages failed and wait for the next poll). Read from the mailbox's
 * row, so every instance tells the same.
 */
@Component
class MailIntakeHealthIndicator implements HealthIndicator {

	private final MailIntakeSettings settings;

	private final MailboxRecords records;

	MailIntakeHealthIndicator(MailIntakeSettings settings, MailboxRecords records) {
		this.settings = settings;
		this.records = records;
	}

	@Override
	public Health health() {
		if (!settings.enabled() || !settings.configured()) {
			return Health.unknown().withDetail("enabled", false).build();
		}
		PollOutcome last = records.last(settings.mailbox()).orElse(null);
		if (last == null) {
			return Health.unknown().withDetail("enabled", true).withDetail("lastPoll", "none yet").build();
		}
		Health.Builder health = last.result() == PollResult.FAILED ? Health.down() : Health.up();
		health.withDetail("enabled", true)
			.withDetail("lastPollAt", last.at().toString())
			.withDetail("lastResult", last.result().name())
			.withDetail("lastFailed", last.failed());
		if (last.error() != null) {
			health.withDetail("lastError", last.error());
		}
		return health.build();
	}

}
