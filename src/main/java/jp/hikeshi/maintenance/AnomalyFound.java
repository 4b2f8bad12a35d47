package jp.hikeshi.maintenance;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** A maintenance check found an anomaly and a report was filed for it. */
public record AnomalyFound(OrganisationId organisation, UUID checkId, UUID criterionId, UUID assetId, UUID reportId) {
}
