package jp.hikeshi.review;

import java.util.List;
import java.util.UUID;

/**
 * A review as written (PUT creates or revises it). {@code outcome} is TRUE_POSITIVE,
 * FALSE_POSITIVE or DUPLICATE; {@code version}, when given, is the revision the writer
 * read (0 for none), and a stale one is refused (409). A measure keeps its {@code id}
 * when revised; without one it is matched by its text, so a resent list adds nothing
 * twice.
 */
public record ReviewInput(String outcome, String rootCause, String wentWell, String wentBadly,
		List<MeasureInput> preventionMeasures, Integer version) {

	/**
	 * A prevention measure: {@code owner} a user or vendor id, {@code due} a day
	 * (2026-12-20) or a time.
	 */
	public record MeasureInput(UUID id, String text, UUID owner, String due) {

		boolean blank() {
			return id == null && owner == null && (text == null || text.isBlank()) && (due == null || due.isBlank());
		}
	}
}
