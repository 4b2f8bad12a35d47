package jp.hikeshi.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One recorded audit entry as shown to administrators and managers: {@code action} and
 * {@code objectType} are codes, {@code params} the named values of the action's message
 * (empty for entries written before V123, whose {@code summary} is their only details).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, UUID actorId, String action, String objectType,
		String objectId, String summary, long seq, String hash, Map<String, String> params) {

	/** Where the next page of older entries starts. */
	public AuditCursor cursor() {
		return new AuditCursor(occurredAt, id);
	}
}
