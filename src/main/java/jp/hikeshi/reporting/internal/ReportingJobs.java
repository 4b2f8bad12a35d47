package jp.hikeshi.reporting.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The schedule of the reminder and delivery jobs. Both are safe to run on several instances at once: the database
 * decides who reminds and who sends. Tests switch the schedule off and call the jobs with a clock of their own.
 */
@Component
@ConditionalOnProperty(name = "hikeshi.reporting.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ReportingJobs {

	private final LegalReminders reminders;
	private final MailDelivery delivery;

	ReportingJobs(LegalReminders reminders, MailDelivery delivery) {
		this.reminders = reminders;
		this.delivery = delivery;
	}

	@Scheduled(initialDelayString = "${hikeshi.reporting.reminders.initial-delay:PT1M}",
			fixedDelayString = "${hikeshi.reporting.reminders.every:PT15M}")
	void remind() {
		reminders.remind();
	}

	@Scheduled(initialDelayString = "${hikeshi.mail.outbox.initial-delay:PT20S}", fixedDelayString = "${hikeshi.mail.outbox.every:PT30S}")
	void deliver() {
		delivery.deliverDue();
	}
}
