package jp.hikeshi.reporting;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** A notification was added to an incident's plan (drafted, not yet sent). */
public record NotificationDrafted(OrganisationId organisation, UUID incidentId, UUID notificationId,
		RecipientKind recipientKind) {
}
