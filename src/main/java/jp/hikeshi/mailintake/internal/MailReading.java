package jp.hikeshi.mailintake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import jp.hikeshi.shared.mail.MailParts;

/**
 * Reads what a report needs from a mail's raw bytes: the sender, the subject (RFC 2047
 * decoded), the date and the text (plain text, or the text of the HTML when there is no
 * plain part). Nothing is rendered and nothing is fetched; a mail that cannot be read
 * completely says why in {@code problem}.
 */
final class MailReading {

	private MailReading() {
	}

	/**
	 * What was read; {@code problem} is set when some part could not be (the report then
	 * waits for a person).
	 */
	record Read(String fromName, String fromAddress, String subject, String text, Instant sentAt, String messageId,
			String problem) {
	}

	static Read read(byte[] raw) {
		String fromName = null;
		String fromAddress = null;
		String subject = null;
		Instant sent = null;
		String messageId = null;
		try {
			MimeMessage message = MailParts.message(new ByteArrayInputStream(raw));
			messageId = message.getMessageID();
			subject = message.getSubject();
			sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
			Address[] from = message.getFrom();
			if (from != null && from.length > 0) {
				if (from[0] instanceof InternetAddress a) {
					fromAddress = a.getAddress();
					fromName = a.getPersonal();
				}
				else {
					fromAddress = from[0].toString();
				}
			}
			MailParts parts = MailParts.of(message);
			String text = !parts.plain().isEmpty() ? String.join("\n\n", parts.plain())
					: !parts.html().isEmpty() ? HtmlText.of(String.join("\n\n", parts.html())) : "";
			String problem = fromAddress == null ? "no From address" : null;
			return new Read(fromName, fromAddress, subject, text, sent, messageId, problem);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return new Read(fromName, fromAddress, subject, null, sent, messageId,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
