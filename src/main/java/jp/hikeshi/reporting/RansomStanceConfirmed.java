package jp.hikeshi.reporting;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * The organisation confirmed its stance on a ransom demand (not paying) for an incident.
 */
public record RansomStanceConfirmed(OrganisationId organisation, UUID incidentId) {
}
