package jp.hikeshi.maintenance;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.directory.AssetKind;

/** An anomaly criterion as the API and the pages show it. */
public record CriterionView(UUID id, UUID assetId, String assetName, AssetKind assetKind, String name,
		String checkedItem, String threshold, Frequency frequency, String vendorName, UUID vendorUserId, boolean active,
		Instant createdAt, long version) {
}
