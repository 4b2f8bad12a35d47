package jp.hikeshi.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.Urgency;
import jp.hikeshi.intake.ReportStatus;

/**
 * The triage of a report: its facts, the category's check list, the current decision and
 * every earlier one.
 */
public record TriageView(UUID reportId, String reportNumber, ReportStatus reportStatus, String category, Facts facts,
		List<CheckItem> checklist, TriageOutcome outcome, UUID incidentId, List<DecisionView> decisions,
		Instant updatedAt, long version) {

	/** One decision, current or revised later; the history is never rewritten. */
	public record DecisionView(TriageOutcome outcome, String reason, UUID decidedById, String decidedByName,
			Instant decidedAt, UUID incidentId, UUID duplicateOf, Urgency urgency, String severity, Warning warning,
			Instant warningSentAt) {
	}
}
