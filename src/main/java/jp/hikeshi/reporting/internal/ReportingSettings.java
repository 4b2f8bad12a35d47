package jp.hikeshi.reporting.internal;

import jp.hikeshi.reporting.LegalClock;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The legal clock's configurable window and the reminder lead time; scheduling for
 * reminders and the outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ ReportingProperties.class, OutboxProperties.class })
public class ReportingSettings {

	@Bean
	LegalClock legalClock(ReportingProperties settings, DisplayZone zone) {
		return new LegalClock(settings.preliminaryWarnDays(), settings.preliminaryDueDays(), zone.zone());
	}

}
