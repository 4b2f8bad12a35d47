package jp.hikeshi.incident;

import java.time.Instant;
import java.util.UUID;

/** One entry of an incident's handling log or event chronology. */
public record TimelineEntry(UUID id, TimelineKind kind, String type, Instant occurredAt, Instant recordedAt,
		UUID actorId, String actorName, String source, String text) {
}
