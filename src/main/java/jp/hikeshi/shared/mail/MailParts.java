package jp.hikeshi.shared.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * The parts of a MIME mail, read with Jakarta Mail and never acted on: the plain and HTML
 * texts that are meant to be read, and the attachments (anything with a file name or
 * attachment disposition, or neither text nor multipart), which are only listed. Nested
 * multiparts are walked; an attached message is an attachment, not opened.
 */
public record MailParts(List<String> plain, List<String> html, List<Attached> attachments) {

	// no properties: the session can reach nothing, and reading never asks it to
	private static final Session INERT = Session.getInstance(new Properties());

	/**
	 * An attachment as found: its decoded file name (if any) and the part, whose bytes
	 * the caller may stream.
	 */
	public record Attached(String fileName, Part part) {
	}

	/**
	 * A mail from its raw bytes (a stream Jakarta Mail may share, like
	 * {@code SharedFileInputStream}).
	 */
	public static MimeMessage message(InputStream raw) throws MessagingException {
		return new MimeMessage(INERT, raw);
	}

	/**
	 * Walks a message (or any part) into its texts and attachments, in the order they
	 * stand in the mail.
	 */
	public static MailParts of(Part message) throws MessagingException, IOException {
		MailParts parts = new MailParts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		parts.walk(message, message);
		return parts;
	}

	private void walk(Part part, Part top) throws MessagingException, IOException {
		String fileName = decoded(part.getFileName());
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
		if (!attached && part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i), top);
			}
		}
		else if (!attached && (part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
			if (part.getContent() instanceof String text) {
				(part.isMimeType("text/plain") ? plain : html).add(text);
			}
		}
		else if (part != top) {
			attachments.add(new Attached(fileName, part));
		}
	}

	/**
	 * A header value with its RFC 2047 encoded words decoded (e.g.
	 * {@code =?ISO-2022-JP?B?...?=}), unfolded.
	 */
	public static String decoded(String header) {
		if (header == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(header));
		}
		catch (UnsupportedEncodingException ex) {
			return header;
		}
	}
}
