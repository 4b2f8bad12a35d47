package jp.hikeshi.remediation;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A containment action (RES-3) was requested, applied, verified or lifted; {@code step}
 * is where it stands now.
 */
public record ContainmentChanged(OrganisationId organisation, UUID incidentId, UUID actionId, ContainmentKind kind,
		ContainmentStep step) {
}
