package jp.hikeshi.reporting;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * Published when an incident's APPI assessment gets a new revision; listeners read the
 * rest through {@link PrivacyDesk}.
 */
public record PrivacyAssessed(OrganisationId organisation, UUID incidentId, int revision, boolean ppcReportRequired) {
}
