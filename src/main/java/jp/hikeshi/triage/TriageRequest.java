package jp.hikeshi.triage;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import jp.hikeshi.incident.Urgency;

/**
 * A triage step on a report: facts (optional), and optionally a decision with its reason.
 * INCIDENT opens a new incident (urgency and severity needed; title defaults to the
 * report's summary) or attaches to {@code incidentId}; DUPLICATE names
 * {@code duplicateOf}; NOT_INCIDENT may carry a warning. {@code version} guards against
 * lost updates.
 */
public record TriageRequest(@Valid Facts facts, TriageOutcome decision,
		@Size(max = 4000, message = "{validation.size.max}") String reason, UUID incidentId, UUID duplicateOf,
		@Size(max = 200, message = "{validation.size.max}") String title, Urgency urgency, String severity,
		@Valid Warning warning, Long version) {
}
