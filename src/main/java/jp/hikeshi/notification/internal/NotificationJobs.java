package jp.hikeshi.notification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The schedule of the task due reminders; tests switch it off and call the job
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationJobs implements SchedulingConfigurer {

	private final TaskDueReminders reminders;

	private final NotificationProperties settings;

	NotificationJobs(TaskDueReminders reminders, NotificationProperties settings) {
		this.reminders = reminders;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (settings.jobs().enabled()) {
			registrar.addFixedDelayTask(new FixedDelayTask(reminders::remind, settings.reminders().every(),
					settings.reminders().initialDelay()));
		}
	}

}
