package jp.hikeshi.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The schedule of the task due reminders; tests switch it off and call the job themselves. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "hikeshi.notification.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

	private final TaskDueReminders reminders;

	NotificationJobs(TaskDueReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(initialDelayString = "${hikeshi.notification.reminders.initial-delay:PT1M}",
			fixedDelayString = "${hikeshi.notification.reminders.every:PT5M}")
	void remind() {
		reminders.remind();
	}
}
