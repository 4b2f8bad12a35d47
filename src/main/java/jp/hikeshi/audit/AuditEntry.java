package jp.hikeshi.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded audit entry as shown to administrators and managers. */
public record AuditEntry(long id, Instant occurredAt, String actor, UUID actorId, String action, String objectType,
		String objectId, String summary, long seq, String hash) {
}
