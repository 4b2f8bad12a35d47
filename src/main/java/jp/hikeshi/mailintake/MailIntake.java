package jp.hikeshi.mailintake;

import java.time.Clock;
import java.time.Instant;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.mailintake.internal.MailIntakeSettings;
import jp.hikeshi.mailintake.internal.MailboxPoller;
import jp.hikeshi.mailintake.internal.MailboxRecords;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail intake for administrators: the mailbox's settings and polling status, and a poll
 * on demand (DET-2).
 */
@Service
public class MailIntake {

	private final MailIntakeSettings settings;

	private final MailboxPoller poller;

	private final MailboxRecords records;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MailIntake(MailIntakeSettings settings, MailboxPoller poller, MailboxRecords records,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.poller = poller;
		this.records = records;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public MailIntakeStatus status(Actor by) {
		admin(by);
		String mailbox = settings.mailbox();
		PollOutcome last = records.last(mailbox).orElse(null);
		long[] totals = records.totals(mailbox);
		return new MailIntakeStatus(settings.enabled(), settings.protocol(), settings.host(),
				settings.host() == null ? null : settings.effectivePort(), settings.username(), settings.folder(),
				settings.processedFolder(), settings.pollInterval(), settings.maxMessages(), settings.category(),
				last == null ? null : last.at(), last == null ? null : last.result(),
				last == null ? null : last.error(), last == null ? 0 : last.seen(), last == null ? 0 : last.filed(),
				last == null ? 0 : last.failed(), totals[0], totals[1]);
	}

	/**
	 * Polls now, as the schedule would (under the same lock); does nothing when intake is
	 * switched off.
	 */
	public PollOutcome pollNow(Actor by) {
		admin(by);
		PollOutcome outcome = poller.poll(settings);
		transaction
			.executeWithoutResult(status -> events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
				.did("MAIL_INTAKE_POLLED")
				.on("MAILBOX", settings.mailbox())
				.with("result", "#mailintake.result." + outcome.result())
				.with("seen", outcome.seen())
				.with("filed", outcome.filed())
				.with("failed", outcome.failed())
				.summary(outcome.result() + " seen=" + outcome.seen() + " filed=" + outcome.filed() + " failed="
						+ outcome.failed())
				.at(Instant.now(clock))));
		return outcome;
	}

	private static void admin(Actor by) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("mail intake is administered by administrators");
		}
	}

}
