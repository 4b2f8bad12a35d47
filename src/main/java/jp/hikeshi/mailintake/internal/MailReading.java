package jp.hikeshi.mailintake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what a report needs from a mail's raw bytes: the sender, the subject (RFC 2047 decoded), the date and the text
 * (plain text, or the text of the HTML when there is no plain part). Nothing is rendered and nothing is fetched; a
 * mail that cannot be read completely says why in {@code problem}.
 */
final class MailReading {

	// no properties: the session can reach nothing, and reading never asks it to
	private static final Session INERT = Session.getInstance(new Properties());

	private MailReading() {
	}

	/** What was read; {@code problem} is set when some part could not be (the report then waits for a person). */
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
			MimeMessage message = new MimeMessage(INERT, new ByteArrayInputStream(raw));
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
			Body body = new Body();
			body.walk(message);
			String text = body.plain.length() > 0 ? body.plain.toString() : body.html.length() > 0 ? HtmlText.of(body.html.toString()) : "";
			String problem = fromAddress == null ? "no From address" : null;
			return new Read(fromName, fromAddress, subject, text, sent, messageId, problem);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return new Read(fromName, fromAddress, subject, null, sent, messageId,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static final class Body {

		final StringBuilder plain = new StringBuilder();
		final StringBuilder html = new StringBuilder();

		void walk(Part part) throws MessagingException, IOException {
			boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
			if (attached) {
				return;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child);
				}
			}
			else if (part.isMimeType("text/plain")) {
				append(plain, part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				append(html, part.getContent());
			}
		}

		private static void append(StringBuilder to, Object content) {
			if (content instanceof String s) {
				if (to.length() > 0) {
					to.append("\n\n");
				}
				to.append(s);
			}
		}
	}
}
