package jp.hikeshi.notification.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.directory.VendorRef;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Mailbox;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.reporting.DocumentDates;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.reporting.MailPurpose;
import jp.hikeshi.reporting.OutgoingMail;
import jp.hikeshi.response.TaskAssigned;
import jp.hikeshi.response.TaskView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a vendor that work was given to it (a request, RES-1/RES-2/RES-4): one message to
 * the vendor's own address and one to each account linked to its people (unless the
 * account turned task e-mail off), each in the reader's language, through the durable
 * outbox. The dedupe key names task, vendor and address, so a retry sends nothing twice.
 */
@Component
class VendorRequestMail {

	private final Vendors vendors;

	private final People people;

	private final MailOutbox outbox;

	private final Notifier notifier;

	private final MessageSource messages;

	private final DocumentDates dates;

	VendorRequestMail(Vendors vendors, People people, MailOutbox outbox, Notifier notifier, MessageSource messages,
			DocumentDates dates) {
		this.vendors = vendors;
		this.people = people;
		this.outbox = outbox;
		this.notifier = notifier;
		this.messages = messages;
		this.dates = dates;
	}

	/** Queues the request mails; returns how many were new. */
	int send(TaskAssigned assigned, IncidentView incident, TaskView task, Collection<java.util.UUID> accounts) {
		VendorRef vendor = vendors.find(assigned.organisation(), assigned.assigneeId()).orElse(null);
		if (vendor == null) {
			return 0;
		}
		Map<String, Locale> to = new LinkedHashMap<>();
		if (vendor.email() != null && vendor.email().contains("@")) {
			to.put(vendor.email().strip(), Locale.JAPANESE);
		}
		for (Mailbox mailbox : people.mailboxesOf(assigned.organisation(), accounts)) {
			if (notifier.wantsMail(mailbox.userId(), NotificationKind.TASK_ASSIGNED)) {
				to.putIfAbsent(mailbox.address(), mailbox.locale() == null ? Locale.JAPANESE : mailbox.locale());
			}
		}
		String requester = assigned.assignedBy() == null ? "Hikeshi"
				: people.find(assigned.organisation(), assigned.assignedBy(), Role.values())
					.map(Person::displayName)
					.orElse("Hikeshi");
		int queued = 0;
		for (Map.Entry<String, Locale> recipient : to.entrySet()) {
			Locale language = NoticeTexts.language(recipient.getValue());
			String dueText = task.due() == null ? messages.getMessage("response.request.mail.noDue", null, language)
					: messages.getMessage("response.request.mail.due",
							new Object[] { dates.due(task.due(), language), dates.zoneName(language) }, language);
			String text = task.description() == null ? "" : task.description().in(language);
			Object[] args = { vendor.name(), incident.number(), incident.title(), task.title().in(language), dueText,
					text, notifier.link("/tasks/" + task.id()), requester };
			if (outbox.enqueue(new OutgoingMail(assigned.organisation(),
					"request:" + task.id() + ":" + vendor.id() + ":" + recipient.getKey(), MailPurpose.REQUEST,
					recipient.getKey(), language, messages.getMessage("response.request.mail.subject", args, language),
					messages.getMessage("response.request.mail.body", args, language)))) {
				queued++;
			}
		}
		return queued;
	}

}
