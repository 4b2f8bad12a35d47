package jp.hikeshi.incident.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** An asset of the directory the incident affects. */
@Table("incident_asset")
public record AffectedAsset(UUID assetId) {
}
