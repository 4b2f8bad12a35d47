package jp.hikeshi.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert with its observables, raw payload and the desk's decision, as the API and the
 * alert page show it.
 */
public record AlertView(UUID id, String source, String sourceRef, String title, Severity severity, Instant occurredAt,
		Instant firstSeenAt, Instant lastSeenAt, long seenCount, AlertState state, boolean related,
		List<ObservableInput> observables, String raw, UUID reportId, String dismissedReason, String decidedByName,
		Instant decidedAt, UUID incidentId, String incidentNumber) {
}
