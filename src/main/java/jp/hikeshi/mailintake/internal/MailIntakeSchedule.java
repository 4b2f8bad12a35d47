package jp.hikeshi.mailintake.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Polls the mailbox every {@code hikeshi.mail-intake.poll-interval}. Only when
 * {@code hikeshi.mail-intake.enabled=true}; several instances may run it, the database
 * lock lets one poll at a time.
 */
@Component
@ConditionalOnProperty(name = "hikeshi.mail-intake.enabled", havingValue = "true")
class MailIntakeSchedule implements SchedulingConfigurer {

	private final MailboxPoller poller;

	private final MailIntakeSettings settings;

	MailIntakeSchedule(MailboxPoller poller, MailIntakeSettings settings) {
		this.poller = poller;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(
				new FixedDelayTask(() -> poller.poll(settings), settings.pollInterval(), settings.initialDelay()));
	}

}
