package jp.hikeshi.audit;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * Published by any module, inside the transaction of the write it describes; recorded after commit and
 * retried from the event publication registry if recording fails.
 */
public record AuditEvent(OrganisationId organisation, Instant occurredAt, String actor, UUID actorId, String action,
		String objectType, String objectId, String summary) {

	public static final String SYSTEM = "system";
}
