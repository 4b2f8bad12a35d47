package jp.hikeshi.directory.internal;

import java.util.UUID;

import jp.hikeshi.directory.AssetKind;

/** The describable fields of an asset. */
public record AssetDetails(String name, AssetKind kind, String location, String owner, String maintainingVendor,
		String description, UUID vendorId) {
}
