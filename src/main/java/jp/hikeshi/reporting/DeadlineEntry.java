package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the deadline board: an open legal obligation of an incident, what is due
 * first on top.
 */
public record DeadlineEntry(UUID incidentId, String incidentNumber, String incidentTitle, ObligationKind kind,
		String rule, Instant warnAt, Instant due, ObligationStatus status) {
}
