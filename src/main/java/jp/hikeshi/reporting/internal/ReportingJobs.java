package jp.hikeshi.reporting.internal;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The schedule of the reminder and delivery jobs. Both are safe to run on several
 * instances at once: the database decides who reminds and who sends. Tests switch the
 * schedule off and call the jobs with a clock of their own.
 */
@Component
class ReportingJobs implements SchedulingConfigurer {

	private final LegalReminders reminders;

	private final MailDelivery delivery;

	private final ReportingProperties reporting;

	private final OutboxProperties mail;

	ReportingJobs(LegalReminders reminders, MailDelivery delivery, ReportingProperties reporting,
			OutboxProperties mail) {
		this.reminders = reminders;
		this.delivery = delivery;
		this.reporting = reporting;
		this.mail = mail;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!reporting.jobs().enabled()) {
			return;
		}
		registrar.addFixedDelayTask(new FixedDelayTask(reminders::remind, reporting.reminders().every(),
				reporting.reminders().initialDelay()));
		registrar.addFixedDelayTask(
				new FixedDelayTask(delivery::deliverDue, mail.outbox().every(), mail.outbox().initialDelay()));
	}

}
