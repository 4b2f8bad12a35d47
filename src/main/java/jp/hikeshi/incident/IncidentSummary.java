package jp.hikeshi.incident;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of the incident queue. */
public record IncidentSummary(UUID id, String number, String title, String category, Urgency urgency, String severity,
		String priority, IncidentState state, Map<IncidentProcess, ProcessState> processes, UUID commanderId,
		String commanderName, Instant openedAt) {
}
