package jp.hikeshi.mailintake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import jp.hikeshi.mailintake.PollOutcome;
import jp.hikeshi.mailintake.PollResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One poll of the mailbox, under the database lock: every unread message (up to the
 * configured number) is taken in ({@link MailTaking}) and only after that commit marked
 * \Seen or moved to the processed folder. A message whose key was recorded before (the
 * last poll crashed between commit and marking) is only marked. A message that fails
 * before commit stays unread and is tried again next time.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	/** This instance, named in the holder of the poll lock. */
	private final String instance = "instance-" + UUID.randomUUID().toString().substring(0, 8);

	private final MailTaking taking;

	private final MailboxRecords records;

	private final Clock clock;

	private final MeterRegistry meters;

	MailboxPoller(MailTaking taking, MailboxRecords records, Clock clock, MeterRegistry meters) {
		this.taking = taking;
		this.meters = meters;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Seams for tests: what runs inside the report's transaction, and how a taken message
	 * is marked.
	 */
	public interface Hooks {

		Hooks NONE = new Hooks() {
		};

		default void beforeCommit(MailTaking.Taken taken) {
		}

		default void mark(Folder folder, Message message, MailIntakeSettings settings) throws MessagingException {
			MailboxPoller.mark(folder, message, settings);
		}

	}

	public PollOutcome poll(MailIntakeSettings settings) {
		return poll(settings, Hooks.NONE);
	}

	public PollOutcome poll(MailIntakeSettings settings, Hooks hooks) {
		Instant start = Instant.now(clock);
		if (!settings.enabled() || !settings.configured()) {
			return PollOutcome.of(PollResult.DISABLED, start, null);
		}
		String mailbox = settings.mailbox();
		// one holder per poll: the schedule and "poll now" on the same instance exclude
		// each other too
		String holder = instance + "/" + UUID.randomUUID();
		if (!records.lock(mailbox, holder, start, start.plus(settings.lockLease()))) {
			log.debug("mail intake: {} is being polled by another instance", mailbox);
			return PollOutcome.of(PollResult.LOCKED, start, null);
		}
		PollOutcome outcome;
		try {
			outcome = pollLocked(settings, hooks, start);
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("mail intake: polling {} failed: {}", mailbox, ex.toString());
			outcome = PollOutcome.of(PollResult.FAILED, start, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		records.unlock(mailbox, holder, outcome);
		Counter.builder("hikeshi.mailintake.polls")
			.description("Polls of the report mailbox that read it, by outcome")
			.tag("outcome", outcome.result().name().toLowerCase(Locale.ROOT))
			.register(meters)
			.increment();
		return outcome;
	}

	private PollOutcome pollLocked(MailIntakeSettings settings, Hooks hooks, Instant start) throws MessagingException {
		Session session = Session.getInstance(properties(settings));
		int seen = 0;
		int filed = 0;
		int review = 0;
		int already = 0;
		int failed = 0;
		String error = null;
		try (Store store = session.getStore(settings.protocol())) {
			store.connect(settings.host(), settings.effectivePort(), settings.username(), settings.password());
			Folder folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (int i = 0; i < unread.length && i < settings.maxMessages(); i++) {
					Message message = unread[i];
					seen++;
					try {
						byte[] raw = raw(message, settings);
						String key = key(message, raw);
						Instant arrived = message.getReceivedDate() == null ? null
								: message.getReceivedDate().toInstant();
						MailTaking.Taken taken = taking.take(settings, key, raw, arrived, hooks::beforeCommit);
						if (taken == null) {
							already++;
						}
						else {
							filed++;
							review += taken.report().needsReview() ? 1 : 0;
							log.info("mail intake: {} filed as {}", key, taken.report().number());
						}
						// marked only now, after the commit; if this fails, the record
						// above prevents a second report
						hooks.mark(folder, message, settings);
						records.recordMarked(settings.mailbox(), key, Instant.now(clock));
					}
					catch (MessagingException | IOException | RuntimeException ex) {
						failed++;
						log.warn("mail intake: message {} of {} left for the next poll: {}", i + 1, settings.mailbox(),
								ex.toString());
						if (error == null) {
							error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
						}
					}
				}
			}
			finally {
				// expunges what was moved (copied and deleted) when MOVE is not supported
				folder.close(true);
			}
		}
		PollResult result = failed == 0 ? PollResult.OK : PollResult.PARTIAL;
		return new PollOutcome(result, start, seen, filed, review, already, failed, error);
	}

	/**
	 * Marks a taken message: moved to the processed folder if one is configured,
	 * otherwise flagged \Seen.
	 */
	static void mark(Folder folder, Message message, MailIntakeSettings settings) throws MessagingException {
		if (settings.processedFolder() == null) {
			message.setFlag(Flags.Flag.SEEN, true);
			return;
		}
		Folder target = folder.getStore().getFolder(settings.processedFolder());
		if (!target.exists()) {
			target.create(Folder.HOLDS_MESSAGES);
		}
		// copy and delete (expunged when the folder closes) works on every IMAP server; a
		// crash in between leaves a
		// second copy in the processed folder, never a second report
		folder.copyMessages(new Message[] { message }, target);
		message.setFlag(Flags.Flag.DELETED, true);
	}

	private static byte[] raw(Message message, MailIntakeSettings settings) throws MessagingException, IOException {
		int size = message.getSize();
		if (size > settings.maxMessageBytes()) {
			throw new IOException("message of " + size + " bytes exceeds hikeshi.mail-intake.max-message-bytes");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
		message.writeTo(out);
		return out.toByteArray();
	}

	/** Message-ID when the message has one, otherwise the SHA-256 of its raw bytes. */
	static String key(Message message, byte[] raw) throws MessagingException {
		String[] ids = message.getHeader("Message-ID");
		String id = ids == null || ids.length == 0 ? null : ids[0].strip();
		if (id != null && !id.isEmpty() && id.length() <= 900) {
			return "id:" + id;
		}
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static Properties properties(MailIntakeSettings settings) {
		String p = "mail." + settings.protocol() + ".";
		String timeout = String.valueOf(settings.timeout().toMillis());
		Properties props = new Properties();
		props.setProperty(p + "connectiontimeout", timeout);
		props.setProperty(p + "timeout", timeout);
		props.setProperty(p + "writetimeout", timeout);
		// BODY.PEEK: reading a message must not mark it \Seen before it has been taken
		props.setProperty(p + "peek", "true");
		if (settings.protocol().equals("imaps")) {
			props.setProperty(p + "ssl.checkserveridentity", String.valueOf(settings.checkServerIdentity()));
			if (settings.sslTrust() != null && !settings.sslTrust().isBlank()) {
				props.setProperty(p + "ssl.trust", settings.sslTrust());
			}
		}
		return props;
	}

}
