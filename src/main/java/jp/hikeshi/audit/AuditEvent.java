package jp.hikeshi.audit;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * Published by any module, inside the transaction of the write it describes: the entry is queued in that transaction
 * (it exists exactly when the write committed) and chained into the tamper-evident trail right after the commit.
 */
public record AuditEvent(OrganisationId organisation, Instant occurredAt, String actor, UUID actorId, String action,
		String objectType, String objectId, String summary) {

	public static final String SYSTEM = "system";
}
