package jp.hikeshi.reporting;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A notification of the plan was cancelled or withdrawn; work that counted on it being
 * sent is open again.
 */
public record NotificationCancelled(OrganisationId organisation, UUID incidentId, UUID notificationId,
		RecipientKind recipientKind) {
}
