package jp.hikeshi.reporting.internal;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox: claims each due message (so that two instances never send the same
 * one), hands it to the SMTP server, and marks it sent only once the server accepted it.
 * A failure schedules the next attempt with exponential backoff (1, 2, 4 … minutes, at
 * most an hour) and, after the last attempt, leaves the message FAILED for a person to
 * retry.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 50;

	private static final int MAX_BATCHES = 40;

	private final OutboxRecords records;

	private final ObjectProvider<JavaMailSender> senders;

	private final Clock clock;

	private final String from;

	private final int maxAttempts;

	private final ReportingMeters meters;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	MailDelivery(OutboxRecords records, ObjectProvider<JavaMailSender> senders, Clock clock, OutboxProperties settings,
			ReportingMeters meters) {
		this.meters = meters;
		this.records = records;
		this.senders = senders;
		this.clock = clock;
		this.from = settings.from();
		this.maxAttempts = settings.maxAttempts();
	}

	/** Sends what is due now; returns how many messages the SMTP server accepted. */
	public int deliverDue() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			// without spring.mail.host nothing can be sent; messages wait, visible in the
			// outbox
			return 0;
		}
		int sent = 0;
		// batches until nothing is due: a failed message is rescheduled and a claimed one
		// skipped, so this ends
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<UUID> due = records.due(Instant.now(clock), BATCH);
			if (due.isEmpty()) {
				break;
			}
			sent += deliver(sender, due);
		}
		return sent;
	}

	private int deliver(JavaMailSender sender, List<UUID> due) {
		int sent = 0;
		for (UUID id : due) {
			Instant now = Instant.now(clock);
			var claimed = records.claim(id, instance, now, now.plus(Duration.ofMinutes(5)));
			if (claimed.isEmpty()) {
				continue;
			}
			OutboxRecords.Claimed mail = claimed.get();
			try {
				sender.send(mime(sender, mail));
				records.sent(id, instance, Instant.now(clock));
				sent++;
			}
			catch (Exception ex) {
				int attempt = mail.attempts() + 1;
				boolean giveUp = attempt >= maxAttempts;
				log.warn("mail {} to {} failed (attempt {}{}): {}", id, mail.recipient(), attempt,
						giveUp ? ", giving up" : "", ex.getMessage());
				records.failed(id, instance, ex.getClass().getSimpleName() + ": " + ex.getMessage(),
						Instant.now(clock).plus(backoff(attempt)), giveUp);
				meters.deliveryFailed(giveUp);
			}
		}
		return sent;
	}

	/** 1, 2, 4 … minutes after the n-th failed attempt, at most an hour. */
	static Duration backoff(int attempt) {
		return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempt - 1, 6)));
	}

	private MimeMessage mime(JavaMailSender sender, OutboxRecords.Claimed mail) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		// the same id on every attempt, so a receiver can tell a resent message from a
		// new one
		message.saveChanges();
		message.setHeader("Message-ID", "<" + mail.id() + "@hikeshi>");
		message.setHeader("X-Hikeshi-Key", mail.dedupeKey());
		return message;
	}

}
