package jp.hikeshi.reporting.internal;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jp.hikeshi.reporting.LegalDeadlineDue;
import jp.hikeshi.shared.AfterCommit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reporting's meters: the outbox backlog ({@code hikeshi.mail.outbox.pending}, read from
 * the table when scraped), failed delivery attempts ({@code hikeshi.mail.outbox.failed},
 * tagged {@code final} when the message was given up) and legal reminders sent
 * ({@code hikeshi.reporting.reminders}, by threshold: warning or overdue).
 */
@Component
class ReportingMeters {

	private final Counter retried;

	private final Counter gaveUp;

	private final Counter warned;

	private final Counter overdue;

	ReportingMeters(MeterRegistry registry, OutboxRecords outbox, Clock clock) {
		Gauge.builder("hikeshi.mail.outbox.pending", outbox, records -> records.backlog(Instant.now(clock)).pending())
			.description("Messages of every organisation waiting in the outbox to be sent")
			.strongReference(true)
			.register(registry);
		this.retried = failed(registry, false);
		this.gaveUp = failed(registry, true);
		this.warned = reminders(registry, "warning");
		this.overdue = reminders(registry, "overdue");
	}

	private static Counter failed(MeterRegistry registry, boolean last) {
		return Counter.builder("hikeshi.mail.outbox.failed")
			.description(
					"Failed attempts to hand an outbox message to the SMTP server; final=true when it was given up")
			.tag("final", Boolean.toString(last))
			.register(registry);
	}

	private static Counter reminders(MeterRegistry registry, String threshold) {
		return Counter.builder("hikeshi.reporting.reminders")
			.description("Legal deadline reminders sent, by threshold")
			.tag("threshold", threshold)
			.register(registry);
	}

	void deliveryFailed(boolean givenUp) {
		(givenUp ? gaveUp : retried).increment();
	}

	@EventListener
	void on(LegalDeadlineDue reminder) {
		AfterCommit.run((reminder.overdue() ? overdue : warned)::increment);
	}

}
