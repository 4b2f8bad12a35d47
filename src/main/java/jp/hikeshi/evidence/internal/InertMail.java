package jp.hikeshi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;

import jp.hikeshi.evidence.ObservablePolicy;
import jp.hikeshi.evidence.ObservableType;
import jp.hikeshi.shared.mail.MailParts;

/**
 * Reads a suspicious mail (.eml) without acting on it (DET-4): headers and plain text are
 * extracted, HTML is kept only as source text, attachments are hashed but never opened,
 * and no remote content is fetched.
 */
public final class InertMail {

	static final int MAX_TEXT = 1_000_000;

	private InertMail() {
	}

	/** What a mail says about itself, and the indicators found in it. */
	public record Parsed(String from, String replyTo, String returnPath, String messageId, String date, String subject,
			String authenticationResults, String receivedChain, String textBody, String htmlSource,
			List<Attachment> attachments, Set<ObservablePolicy.Found> observables, String problem) {
	}

	/** An attachment as listed: never opened, only measured and hashed. */
	public record Attachment(String fileName, String mediaType, long size, String md5, String sha1, String sha256) {
	}

	public static Parsed parse(Path file) {
		try (SharedFileInputStream in = new SharedFileInputStream(file.toFile())) {
			MimeMessage message = MailParts.message(in);
			MailParts parts = MailParts.of(message);
			String text = String.join("", parts.plain());
			String html = String.join("", parts.html());
			List<Attachment> attachments = new ArrayList<>();
			for (MailParts.Attached attached : parts.attachments()) {
				attachments.add(hash(attached.part(), attached.fileName()));
			}
			String from = MailParts.decoded(message.getHeader("From", ", "));
			String replyTo = MailParts.decoded(message.getHeader("Reply-To", ", "));
			String returnPath = message.getHeader("Return-Path", ", ");
			String received = join(message.getHeader("Received"));
			String auth = join(message.getHeader("Authentication-Results"));
			Set<ObservablePolicy.Found> observables = new LinkedHashSet<>();
			for (String header : new String[] { from, replyTo, returnPath, received }) {
				observables.addAll(ObservablePolicy.findIn(header));
			}
			observables.addAll(ObservablePolicy.findIn(text));
			observables.addAll(ObservablePolicy.findIn(html));
			for (Attachment a : attachments) {
				observables.add(new ObservablePolicy.Found(ObservableType.SHA256, a.sha256()));
				observables.add(new ObservablePolicy.Found(ObservableType.SHA1, a.sha1()));
				observables.add(new ObservablePolicy.Found(ObservableType.MD5, a.md5()));
				if (a.fileName() != null) {
					observables.add(new ObservablePolicy.Found(ObservableType.FILENAME, a.fileName()));
				}
			}
			return new Parsed(cap(from, 2000), cap(replyTo, 2000), cap(returnPath, 2000),
					cap(message.getHeader("Message-ID", ", "), 2000), cap(message.getHeader("Date", ", "), 500),
					cap(MailParts.decoded(message.getHeader("Subject", " ")), 2000), cap(auth, 8000),
					cap(received, 60000), cap(text, MAX_TEXT), cap(html, MAX_TEXT), attachments, observables, null);
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			return new Parsed(null, null, null, null, null, null, null, null, null, null, List.of(), Set.of(),
					ex.getClass().getSimpleName() + ": " + cap(String.valueOf(ex.getMessage()), 1500));
		}
	}

	private static Attachment hash(Part part, String fileName) throws IOException, MessagingException {
		MessageDigest md5 = digest("MD5");
		MessageDigest sha1 = digest("SHA-1");
		MessageDigest sha256 = digest("SHA-256");
		long size;
		// the decoded bytes are streamed through three digests and dropped; nothing
		// interprets them
		try (InputStream in = new DigestInputStream(
				new DigestInputStream(new DigestInputStream(part.getInputStream(), md5), sha1), sha256)) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		HexFormat hex = HexFormat.of();
		return new Attachment(fileName,
				part.getContentType() == null ? null : cap(part.getContentType().split(";")[0].trim(), 200), size,
				hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String join(String[] values) {
		return values == null ? null : String.join("\n", values);
	}

	private static String cap(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
