package jp.hikeshi.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Mailbox;
import jp.hikeshi.identity.People;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.reporting.MailPurpose;
import jp.hikeshi.reporting.OutgoingMail;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Component;

/**
 * Delivers a notice to users: an in-app notification each and, for the kinds this module
 * mails, an e-mail through the durable outbox in each reader's language unless the reader
 * turned that kind off. Both are written in the caller's transaction and keyed, so a
 * republished event or a second run adds nothing.
 */
@Component
public class Notifier {

	private final NotificationRecords records;

	private final NoticeTexts texts;

	private final People people;

	private final MailOutbox outbox;

	private final String baseUrl;

	private final Clock clock;

	Notifier(NotificationRecords records, NoticeTexts texts, People people, MailOutbox outbox,
			NotificationProperties settings, Clock clock) {
		this.records = records;
		this.texts = texts;
		this.people = people;
		this.outbox = outbox;
		String baseUrl = settings.baseUrl();
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
	}

	/**
	 * What to tell: the kind, its parameters, the record it leads to and the key that
	 * makes it once per reader.
	 */
	public record Notice(OrganisationId organisation, NotificationKind kind, Map<String, String> params, String link,
			String dedupeKey) {
	}

	/** Tells each of the users once; returns how many in-app notifications were new. */
	public int tell(Notice notice, Collection<UUID> users) {
		return tell(notice, users, notice.kind().mailed());
	}

	/**
	 * Tells each of the users once, by e-mail as well only when {@code mail} (the caller
	 * may send its own message).
	 */
	public int tell(Notice notice, Collection<UUID> users, boolean mail) {
		Set<UUID> readers = new LinkedHashSet<>(users);
		readers.remove(null);
		Instant now = Instant.now(clock);
		String params = texts.params(notice.params());
		int added = 0;
		for (UUID reader : readers) {
			added += records.add(notice.organisation().value(), reader, notice.kind(), params, notice.link(),
					notice.dedupeKey(), now) ? 1 : 0;
		}
		if (mail) {
			for (Mailbox mailbox : people.mailboxesOf(notice.organisation(), readers)) {
				if (wantsMail(mailbox.userId(), notice.kind())) {
					mail(notice, mailbox.address(), mailbox.locale());
				}
			}
		}
		return added;
	}

	/** Whether the user takes this kind by e-mail (yes unless turned off). */
	public boolean wantsMail(UUID user, NotificationKind kind) {
		return !records.mailOff(user).contains(kind);
	}

	/**
	 * Mails the notice to an address outside the user accounts (e.g. a vendor's own),
	 * once per address.
	 */
	public boolean mail(Notice notice, String address, Locale locale) {
		if (address == null || !address.contains("@")) {
			return false;
		}
		Locale lang = NoticeTexts.language(locale);
		return outbox.enqueue(new OutgoingMail(notice.organisation(), key(notice.dedupeKey(), address.strip()),
				MailPurpose.NOTICE, address.strip(), lang, texts.subject(notice.kind(), notice.params(), lang),
				texts.body(notice.kind(), notice.params(), link(notice.link()), lang)));
	}

	/**
	 * The link as a mail shows it: absolute when {@code hikeshi.notification.base-url} is
	 * set.
	 */
	public String link(String path) {
		return baseUrl + Objects.requireNonNullElse(path, "/");
	}

	private static String key(String dedupeKey, String address) {
		String key = "notice:" + dedupeKey + ":" + address;
		return key.length() <= 300 ? key : key.substring(0, 300);
	}

}
