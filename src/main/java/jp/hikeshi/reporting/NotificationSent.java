package jp.hikeshi.reporting;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * Published when a notification of the plan is recorded as sent (its content is then
 * frozen).
 */
public record NotificationSent(OrganisationId organisation, UUID incidentId, UUID notificationId,
		RecipientKind recipientKind) {
}
