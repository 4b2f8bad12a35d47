package jp.hikeshi.intake;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a promote, attach or dismiss over one or more alerts: the report made or
 * the incident attached to, if any, and the alerts moved.
 */
public record AlertDecision(UUID reportId, String reportNumber, List<UUID> alertIds, UUID incidentId,
		String incidentNumber) {

	public AlertDecision(UUID reportId, String reportNumber, List<UUID> alertIds) {
		this(reportId, reportNumber, alertIds, null, null);
	}
}
