package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An entry of an incident's notification plan. A suggestion not yet taken up has no id
 * and {@code suggested} true; once sent, {@code content} is the content as sent and never
 * changes. {@code recipientName} is the recipient's name in the directory (the principal,
 * the competent ministry), when it has one.
 */
public record NotificationView(UUID id, RecipientKind recipientKind, String requirementId, Requirement requirement,
		String reason, Instant due, NotificationStatus status, Channel channel, String recipient, String language,
		DocumentKind documentKind, String subject, String content, List<UUID> evidenceIds, String sentBy,
		Instant sentAt, Instant acknowledgedAt, Long version, boolean suggested, String recipientName) {

	/** An entry whose recipient the directory does not name. */
	public NotificationView(UUID id, RecipientKind recipientKind, String requirementId, Requirement requirement,
			String reason, Instant due, NotificationStatus status, Channel channel, String recipient, String language,
			DocumentKind documentKind, String subject, String content, List<UUID> evidenceIds, String sentBy,
			Instant sentAt, Instant acknowledgedAt, Long version, boolean suggested) {
		this(id, recipientKind, requirementId, requirement, reason, due, status, channel, recipient, language,
				documentKind, subject, content, evidenceIds, sentBy, sentAt, acknowledgedAt, version, suggested, null);
	}
}
