package jp.hikeshi.mailintake.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the mailbox every {@code hikeshi.mail-intake.poll-interval}. Only when {@code hikeshi.mail-intake.enabled=true};
 * several instances may run it, the database lock lets one poll at a time.
 */
@Component
@ConditionalOnProperty(name = "hikeshi.mail-intake.enabled", havingValue = "true")
class MailIntakeSchedule {

	private final MailboxPoller poller;
	private final MailIntakeSettings settings;

	MailIntakeSchedule(MailboxPoller poller, MailIntakeSettings settings) {
		this.poller = poller;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "${hikeshi.mail-intake.initial-delay:PT30S}",
			fixedDelayString = "${hikeshi.mail-intake.poll-interval:PT1M}")
	void poll() {
		poller.poll(settings);
	}
}
