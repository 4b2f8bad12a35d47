package jp.hikeshi.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * What a list needs to name an incident and link to it: number, title, priority label
 * (P1–P4), state.
 */
public record IncidentLabel(UUID id, String number, String title, String priority, IncidentState state,
		Instant openedAt) {
}
