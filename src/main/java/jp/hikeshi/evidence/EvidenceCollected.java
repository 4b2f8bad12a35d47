package jp.hikeshi.evidence;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** An evidence item was registered for an incident (RES-2). */
public record EvidenceCollected(OrganisationId organisation, UUID incidentId, UUID evidenceId, EvidenceKind kind) {
}
