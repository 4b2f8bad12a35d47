package jp.hikeshi.reporting;

import java.util.Locale;

import jp.hikeshi.shared.OrganisationId;

/**
 * One message for one recipient, already in the recipient's language. The dedupe key
 * names the message: the outbox accepts a key once, so a caller that retries cannot send
 * the same message twice.
 */
public record OutgoingMail(OrganisationId organisation, String dedupeKey, MailPurpose purpose, String recipient,
		Locale language, String subject, String body) {
}
