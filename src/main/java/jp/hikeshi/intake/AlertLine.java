package jp.hikeshi.intake;

import java.time.Instant;
import java.util.UUID;

/** One line of the alert queue. */
public record AlertLine(UUID id, String source, String sourceRef, String title, Severity severity, Instant occurredAt,
		Instant firstSeenAt, Instant lastSeenAt, long seenCount, AlertState state, boolean related, UUID reportId,
		UUID incidentId, String incidentNumber) {
}
