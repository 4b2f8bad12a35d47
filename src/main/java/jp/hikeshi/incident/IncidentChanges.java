package jp.hikeshi.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change to an incident (PATCH): every field but the version is optional and null means
 * "leave as is"; a list replaces the current one. The version must be the one the caller
 * read, or the change is refused with 409.
 */
public record IncidentChanges(@NotNull(message = "{incident.version.required}") Long version,
		@Size(max = 200, message = "{validation.size.max}") String title, String category, Urgency urgency,
		String severity, UUID commanderId, List<UUID> handlerIds, List<UUID> assetIds, IncidentState state,
		Map<IncidentProcess, ProcessState> processes, Instant occurredFrom, Instant occurredTo, Instant detectedAt,
		Instant containedAt, Instant recoveredAt, Instant becameAwareAt,
		@Size(max = 4000, message = "{validation.size.max}") String reason) {

	public static IncidentChanges version(long version) {
		return new IncidentChanges(version, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	public IncidentChanges withState(IncidentState newState) {
		return new IncidentChanges(version, title, category, urgency, severity, commanderId, handlerIds, assetIds,
				newState, processes, occurredFrom, occurredTo, detectedAt, containedAt, recoveredAt, becameAwareAt,
				reason);
	}

	public IncidentChanges withProcesses(Map<IncidentProcess, ProcessState> newProcesses) {
		return new IncidentChanges(version, title, category, urgency, severity, commanderId, handlerIds, assetIds,
				state, newProcesses, occurredFrom, occurredTo, detectedAt, containedAt, recoveredAt, becameAwareAt,
				reason);
	}

	public IncidentChanges withRanking(Urgency newUrgency, String newSeverity) {
		return new IncidentChanges(version, title, category, newUrgency, newSeverity, commanderId, handlerIds, assetIds,
				state, processes, occurredFrom, occurredTo, detectedAt, containedAt, recoveredAt, becameAwareAt,
				reason);
	}

	public IncidentChanges withPeople(UUID newCommander, List<UUID> newHandlers) {
		return new IncidentChanges(version, title, category, urgency, severity, newCommander, newHandlers, assetIds,
				state, processes, occurredFrom, occurredTo, detectedAt, containedAt, recoveredAt, becameAwareAt,
				reason);
	}

	public IncidentChanges withTimes(Instant newOccurredFrom, Instant newOccurredTo, Instant newDetectedAt,
			Instant newContainedAt, Instant newRecoveredAt, Instant newBecameAwareAt) {
		return new IncidentChanges(version, title, category, urgency, severity, commanderId, handlerIds, assetIds,
				state, processes, newOccurredFrom, newOccurredTo, newDetectedAt, newContainedAt, newRecoveredAt,
				newBecameAwareAt, reason);
	}

	public IncidentChanges retitled(String newTitle) {
		return new IncidentChanges(version, newTitle, category, urgency, severity, commanderId, handlerIds, assetIds,
				state, processes, occurredFrom, occurredTo, detectedAt, containedAt, recoveredAt, becameAwareAt,
				reason);
	}

	public IncidentChanges because(String why) {
		return new IncidentChanges(version, title, category, urgency, severity, commanderId, handlerIds, assetIds,
				state, processes, occurredFrom, occurredTo, detectedAt, containedAt, recoveredAt, becameAwareAt, why);
	}
}
