package jp.hikeshi.reporting.internal;

import jp.hikeshi.reporting.LegalClock;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The legal clock's configurable window and the reminder lead time; scheduling for reminders and the outbox. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReportingSettings {

	@Bean
	LegalClock legalClock(@Value("${hikeshi.reporting.preliminary-warn-days:3}") int warnDays,
			@Value("${hikeshi.reporting.preliminary-due-days:5}") int dueDays, DisplayZone zone) {
		return new LegalClock(warnDays, dueDays, zone.zone());
	}
}
