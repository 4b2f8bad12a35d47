package jp.hikeshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;

import jp.hikeshi.mailintake.internal.MailIntakeSettings;
import jp.hikeshi.notification.internal.NotificationProperties;
import jp.hikeshi.reporting.internal.OutboxProperties;
import jp.hikeshi.reporting.internal.ReportingProperties;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.TimeSettings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@DisplayName("Typed settings: defaults in the records, an invalid value stops the start with a message naming the key")
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ReportingProperties.class, OutboxProperties.class, NotificationProperties.class,
			MailIntakeSettings.class })
	static class Settings {

	}

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class,
			TimeSettings.class);

	@Test
	@DisplayName("without any hikeshi.* key the records carry the documented defaults")
	void bindsTheDefaultsWithoutAnyKey() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DisplayZone.class).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
			ReportingProperties reporting = context.getBean(ReportingProperties.class);
			assertThat(reporting.reminders().every()).isEqualTo(Duration.ofMinutes(15));
			assertThat(reporting.jobs().enabled()).isTrue();
			assertThat(reporting.preliminaryDueDays()).isEqualTo(5);
			assertThat(context.getBean(OutboxProperties.class).outbox().every()).isEqualTo(Duration.ofSeconds(30));
			assertThat(context.getBean(NotificationProperties.class).reminders().lease())
				.isEqualTo(Duration.ofMinutes(10));
			MailIntakeSettings intake = context.getBean(MailIntakeSettings.class);
			assertThat(intake.enabled()).isFalse();
			assertThat(intake.initialDelay()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	@DisplayName("operators' keys bind as written: hikeshi.reporting.reminders.every, hikeshi.mail.outbox.every, hikeshi.mail-intake.initial-delay")
	void bindsTheOperatorsKeys() {
		runner
			.withPropertyValues("hikeshi.reporting.reminders.every=PT5M", "hikeshi.mail.outbox.every=10s",
					"hikeshi.reporting.jobs.enabled=false", "hikeshi.mail-intake.initial-delay=PT2M",
					"hikeshi.time-zone=UTC")
			.run(context -> {
				assertThat(context.getBean(ReportingProperties.class).reminders().every())
					.isEqualTo(Duration.ofMinutes(5));
				assertThat(context.getBean(ReportingProperties.class).jobs().enabled()).isFalse();
				assertThat(context.getBean(OutboxProperties.class).outbox().every()).isEqualTo(Duration.ofSeconds(10));
				assertThat(context.getBean(MailIntakeSettings.class).initialDelay()).isEqualTo(Duration.ofMinutes(2));
				assertThat(context.getBean(DisplayZone.class).zone()).isEqualTo(ZoneId.of("UTC"));
			});
	}

	@Test
	@DisplayName("a negative or zero schedule, a zero limit or an unknown zone fails the context, naming the key")
	void refusesInvalidValues() {
		expectFailure("hikeshi.reporting.reminders.every=-PT1M", "hikeshi.reporting", "reminders.every");
		expectFailure("hikeshi.mail.outbox.every=0s", "hikeshi.mail", "outbox.every");
		expectFailure("hikeshi.mail.max-attempts=0", "hikeshi.mail", "maxAttempts");
		expectFailure("hikeshi.notification.reminders.lease=-PT10M", "hikeshi.notification", "reminders.lease");
		expectFailure("hikeshi.mail-intake.poll-interval=PT0S", "hikeshi.mail-intake", "pollInterval");
		expectFailure("hikeshi.mail-intake.protocol=pop3", "hikeshi.mail-intake", "imap or imaps");
		expectFailure("hikeshi.time-zone=Mars/Olympus_Mons", "hikeshi.time-zone", "Mars/Olympus_Mons");
	}

	@Test
	@DisplayName("an application started with an unknown time zone stops and tells the operator the key, the value and why")
	void explainsTheFailedStartToTheOperator(CapturedOutput output) {
		SpringApplicationBuilder app = new SpringApplicationBuilder(TimeSettings.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "hikeshi.time-zone=Asia/Edo");

		// the test JVM's logging stays as the suite configured it: this application does
		// not take it over
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			assertThatThrownBy(app::run).isNotNull();
		}
		finally {
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
		assertThat(output).contains("APPLICATION FAILED TO START", "hikeshi.time-zone", "Asia/Edo",
				"Unknown time-zone ID: Asia/Edo");
	}

	private void expectFailure(String property, String... named) {
		runner.withPropertyValues(property).run(context -> {
			assertThat(context).as(property).hasFailed();
			assertThat(messages(context.getStartupFailure())).as(property).contains(named);
		});
	}

	private static String messages(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append('\n');
		}
		return all.toString();
	}

}
