package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A revision of the incident's response policy (対応方針, RES-1) and the vendor findings it
 * rests on.
 */
public record Decision(UUID id, int revision, String policy, String decidedBy, Instant decidedAt,
		List<Finding> findings) {

	/** A vendor's answer the decision rests on. */
	public record Finding(UUID answerId, UUID taskId, String taskTitle, String answeredBy, Instant answeredAt,
			String text) {
	}
}
