package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Role;
import jp.hikeshi.reporting.internal.OutboxRecords;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable outbox every e-mail of Hikeshi goes through: a message is written in the
 * transaction of the change that caused it, so it exists exactly when the change does,
 * and a scheduled job sends it once the SMTP server accepts it, retrying with backoff
 * while the server is away.
 */
@Service
@Transactional
public class MailOutbox {

	private final OutboxRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailOutbox(OutboxRecords records, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Accepts a message; true when it is new, false when its dedupe key was already
	 * accepted.
	 */
	public boolean enqueue(OutgoingMail mail) {
		if (mail.recipient() == null || !mail.recipient().contains("@")) {
			throw new RejectedInputException("recipient", "reporting.mail.recipient", String.valueOf(mail.recipient()));
		}
		return records.add(mail, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * Sends a warning (注意喚起, TRI-2) to the people concerned when an event was judged not
	 * to be an incident: one message per recipient, in the recipient's language (Japanese
	 * when no English text is given). Joins the caller's transaction, so the warning is
	 * sent if and only if the caller's decision is committed. {@code reference} names the
	 * warning (e.g. the report number); sending the same reference again to the same
	 * address does nothing.
	 */
	public int sendWarning(Actor by, Warning warning) {
		if (!by.has(Role.ADMIN) && !by.has(Role.HANDLER)) {
			throw new AccessDeniedException("warnings are sent by handlers and administrators");
		}
		int accepted = 0;
		for (Warning.Recipient r : warning.recipients()) {
			boolean english = "en".equals(r.language().getLanguage()) && warning.subjectEn() != null
					&& warning.textEn() != null;
			accepted += enqueue(new OutgoingMail(by.organisation(),
					"warning:" + warning.reference() + ":" + r.address(), MailPurpose.WARNING, r.address(),
					english ? Locale.ENGLISH : Locale.JAPANESE, english ? warning.subjectEn() : warning.subjectJa(),
					english ? warning.textEn() : warning.textJa())) ? 1 : 0;
		}
		events.publishEvent(AuditEvent.by(by)
			.did("WARNING_SENT")
			.on("WARNING", warning.reference())
			.with("count", accepted)
			.with("subject", warning.subjectJa())
			.with("subject_en", warning.subjectEn())
			.summary(accepted + " recipient(s): " + warning.subjectJa())
			.at(Instant.now(clock)));
		return accepted;
	}

	/**
	 * Messages newest first, optionally of one status or with one dedupe key (e.g.
	 * {@code warning:RPT-1:a@example.jp}).
	 */
	@Transactional(readOnly = true)
	public PageOf<OutboxMessage> messages(Actor by, String status, String dedupeKey, PageRequest page) {
		Permission.READ.demand(by);
		UUID org = by.organisation().value();
		return new PageOf<>(records.page(org, status, dedupeKey, page.offset(), page.size()), page.page(), page.size(),
				records.count(org, status, dedupeKey));
	}

	/** Puts a failed message back in line for an attempt now. */
	public void retry(Actor by, UUID id) {
		Permission.CHANGE.demand(by);
		if (!records.retry(by.organisation().value(), id, Instant.now(clock))) {
			throw new NotFoundException("unsent message", id);
		}
	}

	/**
	 * A warning to send: the texts in Japanese and, optionally, English, and the
	 * recipients with their languages.
	 */
	public record Warning(String reference, List<Recipient> recipients, String subjectJa, String textJa,
			String subjectEn, String textEn) {

		/** An address and the language to write in. */
		public record Recipient(String address, Locale language) {
		}
	}

}
