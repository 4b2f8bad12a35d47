package jp.hikeshi.reporting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.reporting.Channel;
import jp.hikeshi.reporting.DocumentKind;
import jp.hikeshi.reporting.NotificationStatus;
import jp.hikeshi.reporting.RecipientKind;
import jp.hikeshi.reporting.Requirement;
import jp.hikeshi.shared.RejectedInputException;

/**
 * A notification of the plan. It can be revised while it is to do or a draft; sending
 * freezes what was sent, who sent it and when; only a sent notification can be
 * acknowledged.
 */
public class Notification {

	private final UUID id;

	private final UUID organisationId;

	private final UUID incidentId;

	private final Instant createdAt;

	private RecipientKind recipientKind;

	private Requirement requirement;

	private String reason;

	private Instant due;

	private NotificationStatus status;

	private Channel channel;

	private String recipient;

	private String language;

	private DocumentKind documentKind;

	private String subject;

	private String content;

	private List<UUID> evidenceIds;

	private String sentBy;

	private Instant sentAt;

	private Instant acknowledgedAt;

	private long version;

	Notification(UUID id, UUID organisationId, UUID incidentId, Instant createdAt, RecipientKind recipientKind,
			Requirement requirement, String reason, Instant due, NotificationStatus status, Channel channel,
			String recipient, String language, DocumentKind documentKind, String subject, String content,
			List<UUID> evidenceIds, String sentBy, Instant sentAt, Instant acknowledgedAt, long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.incidentId = incidentId;
		this.createdAt = createdAt;
		this.recipientKind = recipientKind;
		this.requirement = requirement;
		this.reason = reason;
		this.due = due;
		this.status = status;
		this.channel = channel;
		this.recipient = recipient;
		this.language = language;
		this.documentKind = documentKind;
		this.subject = subject;
		this.content = content;
		this.evidenceIds = evidenceIds;
		this.sentBy = sentBy;
		this.sentAt = sentAt;
		this.acknowledgedAt = acknowledgedAt;
		this.version = version;
	}

	/** A new entry: a draft when it has content, otherwise still to do. */
	public static Notification plan(UUID organisationId, UUID incidentId, Instant now, RecipientKind kind,
			Requirement requirement, String reason, Instant due, Channel channel, String recipient, String language,
			DocumentKind documentKind, String subject, String content, List<UUID> evidenceIds) {
		return new Notification(UUID.randomUUID(), organisationId, incidentId, now, kind, requirement, reason, due,
				content == null || content.isBlank() ? NotificationStatus.TO_DO : NotificationStatus.DRAFT, channel,
				recipient, language, documentKind, subject, content, evidenceIds, null, null, null, 0);
	}

	/** Changes the entry before it is sent; what was sent stays as it was sent. */
	public void revise(Requirement requirement, String reason, Instant due, Channel channel, String recipient,
			String language, DocumentKind documentKind, String subject, String content, List<UUID> evidenceIds) {
		requireUnsent();
		this.requirement = requirement;
		this.reason = reason;
		this.due = due;
		this.channel = channel;
		this.recipient = recipient;
		this.language = language;
		this.documentKind = documentKind;
		this.subject = subject;
		this.content = content;
		this.evidenceIds = evidenceIds;
		this.status = content == null || content.isBlank() ? NotificationStatus.TO_DO : NotificationStatus.DRAFT;
	}

	/** Records the sending and freezes the content. */
	public void markSent(String by, Instant at) {
		requireUnsent();
		if (content == null || content.isBlank()) {
			throw new RejectedInputException("content", "reporting.notification.empty");
		}
		if (channel == Channel.EMAIL && (recipient == null || !recipient.contains("@"))) {
			throw new RejectedInputException("recipient", "reporting.mail.recipient", String.valueOf(recipient));
		}
		this.status = NotificationStatus.SENT;
		this.sentBy = by;
		this.sentAt = at;
	}

	public void acknowledge(Instant at) {
		if (status != NotificationStatus.SENT) {
			throw new RejectedInputException("status", "reporting.notification.notSent");
		}
		this.status = NotificationStatus.ACKNOWLEDGED;
		this.acknowledgedAt = at;
	}

	private void requireUnsent() {
		if (status == NotificationStatus.SENT || status == NotificationStatus.ACKNOWLEDGED) {
			throw new RejectedInputException("status", "reporting.notification.frozen");
		}
	}

	public UUID id() {
		return id;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public UUID incidentId() {
		return incidentId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public RecipientKind recipientKind() {
		return recipientKind;
	}

	public Requirement requirement() {
		return requirement;
	}

	public String reason() {
		return reason;
	}

	public Instant due() {
		return due;
	}

	public NotificationStatus status() {
		return status;
	}

	public Channel channel() {
		return channel;
	}

	public String recipient() {
		return recipient;
	}

	public String language() {
		return language;
	}

	public DocumentKind documentKind() {
		return documentKind;
	}

	public String subject() {
		return subject;
	}

	public String content() {
		return content;
	}

	public List<UUID> evidenceIds() {
		return evidenceIds;
	}

	public String sentBy() {
		return sentBy;
	}

	public Instant sentAt() {
		return sentAt;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public long version() {
		return version;
	}

}
