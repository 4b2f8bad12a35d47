package jp.hikeshi.triage;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** Triage decided (or revised the decision) on a report. */
public record TriageDecided(OrganisationId organisation, UUID reportId, TriageOutcome outcome, UUID incidentId,
		boolean revision) {
}
