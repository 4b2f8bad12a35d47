package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import jp.hikeshi.MailTest;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.reporting.internal.LegalReminders;
import jp.hikeshi.reporting.internal.MailDelivery;
import jp.hikeshi.shared.PageRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * E-mail against a real SMTP server (GreenMail) with a clock the test moves: the one
 * extra Spring context of the reporting tests, because it needs an SMTP host and a
 * mutable clock, on a database of its own ({@link MailTest}) so that moving the clock and
 * draining the outbox touch only this class's incidents and mail.
 */
@MailTest
@Import(ReportingMailTests.TestClock.class)
class ReportingMailTests {

	static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/**
	 * A clock the test sets; the application reads it through the injected {@link Clock}.
	 */
	static class MovableClock extends Clock {

		final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.SECONDS));

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}

		void set(Instant instant) {
			now.set(instant);
		}

	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MovableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	PrivacyDesk privacy;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	LegalReminders reminders;

	@Autowired
	jp.hikeshi.reporting.internal.OutboxRecords outboxRecords;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	GreenMail smtp;

	@BeforeEach
	void startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	@Test
	@DisplayName("TRI-2 a warning accepted while the SMTP server is down is sent exactly once, in each recipient's language, after it comes back")
	void deliversTheOutboxOnceAfterTheServerComesBack() throws Exception {
		TestUser handler = accounts.create("warner", Role.HANDLER);
		smtp.stop();
		String ref = "RPT-" + UUID.randomUUID();
		String ja = "ja-" + UUID.randomUUID() + "@example.jp";
		String en = "en-" + UUID.randomUUID() + "@example.jp";
		var warning = new MailOutbox.Warning(ref,
				List.of(new MailOutbox.Warning.Recipient(ja, Locale.JAPANESE),
						new MailOutbox.Warning.Recipient(en, Locale.ENGLISH)),
				"不審なメールにご注意ください", "添付ファイルを開かないでください。", "Beware of a suspicious mail", "Do not open its attachment.");
		assertThat(outbox.sendWarning(handler.actor(), warning)).isEqualTo(2);
		assertThat(outbox.sendWarning(handler.actor(), warning)).as("the same warning again").isZero();

		drain();
		OutboxMessage waiting = message(handler, "warning:" + ref + ":" + ja);
		assertThat(waiting.status()).isEqualTo(OutboxMessage.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).isNotBlank();

		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		drain();
		assertThat(to(ja)).as("not before the backoff has passed").isEmpty();
		clock.set(clock.instant().plus(Duration.ofMinutes(2)));
		drain();
		clock.set(clock.instant().plus(Duration.ofHours(2)));
		drain();

		assertThat(to(ja)).extracting(ReportingMailTests::subject).containsExactly("不審なメールにご注意ください");
		assertThat(to(en)).extracting(ReportingMailTests::subject).containsExactly("Beware of a suspicious mail");
		assertThat(message(handler, "warning:" + ref + ":" + en).status()).isEqualTo(OutboxMessage.SENT);
	}

	@Test
	@DisplayName("REP-3 reminders go out once at the warning time and once when overdue, also after a restart and with two instances racing; the commander is told in-app as well")
	void remindsOncePerThreshold() throws Exception {
		TestUser handler = accounts.create("reminded", Role.HANDLER);
		String address = handler.username() + "@example.jp";
		UUID incident = incidents
			.open(handler.actor(),
					NewIncident.of("会員情報の漏えい", "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT")
						.withCommander(handler.actor().id()),
					null)
			.id();
		PrivacyAssessmentView assessed = privacy.assess(handler.actor(), incident, new PrivacyFacts(true, true, false,
				false, false, 3, null, null, false, false, Outsourcing.NONE, clock.instant(), null), null);
		LegalDeadlines due = assessed.deadlines();

		clock.set(due.preliminaryWarnAt().plusSeconds(60));
		reminders.remind();
		reminders.remind();
		context.getAutowireCapableBeanFactory().createBean(LegalReminders.class).remind();
		drain();
		assertThat(to(address)).extracting(ReportingMailTests::subject)
			.hasSize(2)
			.allMatch(s -> s.contains("期限が近づいています"));
		// REP-3: the commander is also told in-app, once per deadline, by the
		// notification module
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> inApp(handler, "LEGAL_DEADLINE_WARN") == 2);

		clock.set(due.preliminaryDueAt().plusSeconds(60));
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> fresh = () -> context.getAutowireCapableBeanFactory()
				.createBean(LegalReminders.class)
				.remind();
			var a = two.submit(fresh);
			var b = two.submit(fresh);
			a.get();
			b.get();
		}
		finally {
			two.shutdown();
		}
		reminders.remind();
		drain();
		assertThat(to(address)).extracting(ReportingMailTests::subject)
			.hasSize(4)
			.filteredOn(s -> s.contains("期限を過ぎています"))
			.hasSize(2);
		assertThat(to(address)).extracting(ReportingMailTests::subject)
			.anyMatch(s -> s.contains("速報"))
			.anyMatch(s -> s.contains("本人への通知"));
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> inApp(handler, "LEGAL_DEADLINE_OVERDUE") == 2);
		assertThat(inApp(handler, "LEGAL_DEADLINE_WARN")).isEqualTo(2);
	}

	long inApp(TestUser reader, String kind) {
		return jdbc.sql("SELECT COUNT(*) FROM inbox_notice WHERE recipient_id = ? AND kind = ?")
			.params(reader.actor().id(), kind)
			.query(Long.class)
			.single();
	}

	/**
	 * Runs deliveries until nothing is due. The database is this class's own, but one run
	 * sends at most a bounded number, so the test drains the outbox instead of assuming
	 * one run sends everything.
	 */
	void drain() {
		for (int round = 0; round < 200 && !outboxRecords.due(clock.instant(), 1).isEmpty(); round++) {
			delivery.deliverDue();
		}
		assertThat(outboxRecords.due(clock.instant(), 1)).as("nothing left due").isEmpty();
	}

	OutboxMessage message(TestUser by, String key) {
		return outbox.messages(by.actor(), null, key, PageRequest.of(0, 1)).items().get(0);
	}

	List<MimeMessage> to(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(r -> r.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
