package jp.hikeshi.response;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.shared.Bilingual;

/**
 * A task as a line of someone's work (the home page): {@code status} is the
 * {@link TaskStatus} name as stored, so that a status this build does not know yet (e.g.
 * ANSWERED) still reads; {@code updatedAt} is when it last changed.
 */
public record WorkItem(UUID id, UUID incidentId, Bilingual title, String status, Instant due, String assigneeName,
		Instant updatedAt) {
}
