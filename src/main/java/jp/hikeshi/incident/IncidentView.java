package jp.hikeshi.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.identity.Person;

/** An incident with everything the API and the incident page show. */
public record IncidentView(UUID id, String number, String title, String category, Urgency urgency, String severity,
		PriorityScheme priorityScheme, String priority, IncidentState state, Map<IncidentProcess, ProcessState> processes,
		Person commander, List<Person> handlers, List<LinkedReport> reports, List<AffectedAsset> assets,
		Instant occurredFrom, Instant occurredTo, Instant detectedAt, Instant receivedAt, Instant acknowledgedAt,
		Instant containedAt, Instant recoveredAt, Instant closedAt, Instant becameAwareAt, Instant openedAt, long version) {

	/** A report that led to this incident. */
	public record LinkedReport(UUID id, String number, Instant linkedAt) {
	}

	/** An asset affected by this incident. */
	public record AffectedAsset(UUID id, String name) {
	}
}
