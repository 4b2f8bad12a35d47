package jp.hikeshi.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;

/**
 * The current review of an incident; {@code revision} counts its saves and is the version
 * a revision must name.
 */
public record IncidentReview(UUID incidentId, ReviewOutcome outcome, String rootCause, String wentWell,
		String wentBadly, List<Measure> preventionMeasures, int revision, String reviewedBy, Instant reviewedAt) {

	/**
	 * A prevention measure (再発防止策) with its owner, due day and the follow-up task that
	 * tracks it.
	 */
	public record Measure(UUID id, String text, UUID owner, AssigneeKind ownerKind, String ownerName, LocalDate due,
			UUID taskId) {
	}
}
