package jp.hikeshi.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.notification.internal.NoticeTexts;
import jp.hikeshi.notification.internal.NotificationRecords;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's notifications (newest first, read or not) and the kinds the user
 * also takes by e-mail.
 */
@Service
@Transactional
public class Inbox {

	private final NotificationRecords records;

	private final NoticeTexts texts;

	private final People people;

	private final Clock clock;

	Inbox(NotificationRecords records, NoticeTexts texts, People people, Clock clock) {
		this.records = records;
		this.texts = texts;
		this.people = people;
		this.clock = clock;
	}

	/** The user's notifications, newest first, rendered in {@code locale}. */
	@Transactional(readOnly = true)
	public PageOf<InboxNotice> mine(Actor by, Locale locale, PageRequest page) {
		UUID org = by.organisation().value();
		List<InboxNotice> items = records.page(org, by.id(), page.offset(), page.size())
			.stream()
			.map(row -> new InboxNotice(row.id(), row.kind(),
					texts.text(row.kind(), texts.params(row.params()), locale), row.link(), row.createdAt(),
					row.readAt() != null))
			.toList();
		return new PageOf<>(items, page.page(), page.size(), records.count(org, by.id()));
	}

	@Transactional(readOnly = true)
	public long unread(Actor by) {
		return records.unread(by.organisation().value(), by.id());
	}

	/** Marks one of the user's notifications read; another user's is not found (404). */
	public void markRead(Actor by, UUID id) {
		if (!records.markRead(by.organisation().value(), by.id(), id, Instant.now(clock))) {
			throw new NotFoundException("notification", id);
		}
	}

	/**
	 * Where the notification leads, for opening it (and marking it read) from the list.
	 */
	public String open(Actor by, UUID id) {
		markRead(by, id);
		return records.find(by.organisation().value(), by.id(), id)
			.map(NotificationRecords.Row::link)
			.orElse("/notifications");
	}

	/** Marks all of the user's notifications read; returns how many were unread. */
	public int markAllRead(Actor by) {
		return records.markAllRead(by.organisation().value(), by.id(), Instant.now(clock));
	}

	/** The kinds the user takes by e-mail (all mailed kinds unless turned off). */
	@Transactional(readOnly = true)
	public NotificationSettings settings(Actor by) {
		Set<NotificationKind> off = records.mailOff(by.id());
		Set<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
		for (NotificationKind kind : mailedKinds()) {
			if (!off.contains(kind)) {
				on.add(kind);
			}
		}
		return new NotificationSettings(!people.mailboxesOf(by.organisation(), List.of(by.id())).isEmpty(), on);
	}

	/** Sets the kinds the user takes by e-mail; the other mailed kinds are turned off. */
	public NotificationSettings saveSettings(Actor by, Set<NotificationKind> byMail) {
		Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : mailedKinds()) {
			choices.put(kind, byMail.contains(kind));
		}
		records.saveMailChoices(by.organisation().value(), by.id(), choices);
		return settings(by);
	}

	/** The kinds this module mails, in their order: those a user can turn on or off. */
	public static List<NotificationKind> mailedKinds() {
		return EnumSet.allOf(NotificationKind.class).stream().filter(NotificationKind::mailed).toList();
	}

}
