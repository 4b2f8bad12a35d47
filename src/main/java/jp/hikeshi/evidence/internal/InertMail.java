package jp.hikeshi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;

import jp.hikeshi.evidence.ObservablePolicy;
import jp.hikeshi.evidence.ObservableType;

/**
 * Reads a suspicious mail (.eml) without acting on it (DET-4): headers and plain text are extracted, HTML is
 * kept only as source text, attachments are hashed but never opened, and no remote content is fetched.
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
		// no properties: the session can reach nothing, and the parser never asks it to
		Session session = Session.getInstance(new Properties());
		try (SharedFileInputStream in = new SharedFileInputStream(file.toFile())) {
			MimeMessage message = new MimeMessage(session, in);
			Collector collector = new Collector();
			collector.walk(message);
			String from = decoded(message.getHeader("From", ", "));
			String replyTo = decoded(message.getHeader("Reply-To", ", "));
			String returnPath = message.getHeader("Return-Path", ", ");
			String received = join(message.getHeader("Received"));
			String auth = join(message.getHeader("Authentication-Results"));
			Set<ObservablePolicy.Found> observables = new LinkedHashSet<>();
			for (String header : new String[] { from, replyTo, returnPath, received }) {
				observables.addAll(ObservablePolicy.findIn(header));
			}
			observables.addAll(ObservablePolicy.findIn(collector.text.toString()));
			observables.addAll(ObservablePolicy.findIn(collector.html.toString()));
			for (Attachment a : collector.attachments) {
				observables.add(new ObservablePolicy.Found(ObservableType.SHA256, a.sha256()));
				observables.add(new ObservablePolicy.Found(ObservableType.SHA1, a.sha1()));
				observables.add(new ObservablePolicy.Found(ObservableType.MD5, a.md5()));
				if (a.fileName() != null) {
					observables.add(new ObservablePolicy.Found(ObservableType.FILENAME, a.fileName()));
				}
			}
			return new Parsed(cap(from, 2000), cap(replyTo, 2000), cap(returnPath, 2000),
					cap(message.getHeader("Message-ID", ", "), 2000), cap(message.getHeader("Date", ", "), 500),
					cap(decoded(message.getHeader("Subject", " ")), 2000), cap(auth, 8000), cap(received, 60000),
					cap(collector.text.toString(), MAX_TEXT), cap(collector.html.toString(), MAX_TEXT),
					collector.attachments, observables, null);
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			return new Parsed(null, null, null, null, null, null, null, null, null, null, List.of(), Set.of(),
					ex.getClass().getSimpleName() + ": " + cap(String.valueOf(ex.getMessage()), 1500));
		}
	}

	private static final class Collector {

		final StringBuilder text = new StringBuilder();
		final StringBuilder html = new StringBuilder();
		final List<Attachment> attachments = new ArrayList<>();

		void walk(Part part) throws MessagingException, IOException {
			String fileName = fileName(part);
			boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
			if (part.isMimeType("multipart/*") && !attached) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child);
				}
			}
			else if (!attached && part.isMimeType("text/plain")) {
				text.append(readText(part));
			}
			else if (!attached && part.isMimeType("text/html")) {
				html.append(readText(part));
			}
			else if (!(part instanceof MimeMessage)) {
				attachments.add(hash(part, fileName));
			}
		}

		private static String readText(Part part) throws IOException, MessagingException {
			Object content = part.getContent();
			return content instanceof String s ? s : "";
		}

		private static String fileName(Part part) throws MessagingException {
			String name = part.getFileName();
			if (name == null) {
				return null;
			}
			try {
				return MimeUtility.decodeText(name);
			}
			catch (UnsupportedEncodingException ex) {
				return name;
			}
		}

		private static Attachment hash(Part part, String fileName) throws IOException, MessagingException {
			MessageDigest md5 = digest("MD5");
			MessageDigest sha1 = digest("SHA-1");
			MessageDigest sha256 = digest("SHA-256");
			long size;
			// the decoded bytes are streamed through three digests and dropped; nothing interprets them
			try (InputStream in = new DigestInputStream(new DigestInputStream(new DigestInputStream(part.getInputStream(), md5), sha1), sha256)) {
				size = in.transferTo(OutputStream.nullOutputStream());
			}
			HexFormat hex = HexFormat.of();
			return new Attachment(fileName, part.getContentType() == null ? null : cap(part.getContentType().split(";")[0].trim(), 200),
					size, hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
		}
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String decoded(String header) {
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

	private static String join(String[] values) {
		return values == null ? null : String.join("\n", values);
	}

	private static String cap(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
