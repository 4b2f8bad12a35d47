package jp.hikeshi.response;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.VendorRef;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Mailbox;
import jp.hikeshi.identity.People;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.reporting.MailPurpose;
import jp.hikeshi.reporting.OutgoingMail;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a vendor that work was given to it (a request, RES-1/RES-2/RES-4): one message to the vendor's own address and
 * one to each account linked to its people, each in the reader's language, through the durable outbox in the
 * transaction that assigns the task. The dedupe key names task, vendor and address, so a retry sends nothing twice.
 */
@Component
class RequestNotices {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Vendors vendors;
	private final People people;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final DisplayZone zone;

	RequestNotices(Vendors vendors, People people, MailOutbox outbox, MessageSource messages, DisplayZone zone) {
		this.vendors = vendors;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.zone = zone;
	}

	/** Queues the notices when the assignee is a vendor; returns how many messages were queued. */
	int requested(Actor by, IncidentView incident, UUID taskId, Bilingual title, Bilingual description, Instant due,
			Assignee assignee) {
		if (assignee == null || assignee.kind() != AssigneeKind.VENDOR) {
			return 0;
		}
		VendorRef vendor = vendors.find(by.organisation(), assignee.id()).orElse(null);
		if (vendor == null) {
			return 0;
		}
		Map<String, Locale> recipients = new LinkedHashMap<>();
		if (vendor.email() != null && vendor.email().contains("@")) {
			recipients.put(vendor.email().strip(), Locale.JAPANESE);
		}
		for (Mailbox mailbox : people.mailboxesOf(by.organisation(), vendors.accountsOf(by.organisation(), vendor.id()))) {
			recipients.putIfAbsent(mailbox.address(), mailbox.locale() == null ? Locale.JAPANESE : mailbox.locale());
		}
		int queued = 0;
		for (Map.Entry<String, Locale> recipient : recipients.entrySet()) {
			Locale language = "en".equals(recipient.getValue().getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
			String dueText = due == null ? messages.getMessage("response.request.mail.noDue", null, language)
					: DUE.format(zone.toLocal(due)) + " (" + zone.zone().getId() + ")";
			String text = description == null ? "" : description.in(language);
			Object[] args = { vendor.name(), incident.number(), incident.title(), title.in(language), dueText, text,
					"/tasks/" + taskId, by.displayName() };
			String subject = messages.getMessage("response.request.mail.subject", args, language);
			String body = messages.getMessage("response.request.mail.body", args, language);
			if (outbox.enqueue(new OutgoingMail(by.organisation(), "request:" + taskId + ":" + vendor.id() + ":" + recipient.getKey(),
					MailPurpose.REQUEST, recipient.getKey(), language, subject, body))) {
				queued++;
			}
		}
		return queued;
	}
}
