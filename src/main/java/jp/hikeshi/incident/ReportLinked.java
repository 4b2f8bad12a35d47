package jp.hikeshi.incident;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A report was linked to an incident (when it is opened from the report or the report is
 * attached). Published inside the linking transaction, so that what belongs to the report
 * (e.g. the indicators of its evidence) can follow it.
 */
public record ReportLinked(OrganisationId organisation, UUID incidentId, UUID reportId, String by) {
}
