package jp.hikeshi.directory;

import java.time.Instant;
import java.util.UUID;

/** An asset as other modules and the API see it. */
public record AssetView(UUID id, String name, AssetKind kind, String location, String owner, String maintainingVendor,
		String description, Instant retiredAt, long version, UUID vendorId) {

	/** An asset not linked to a vendor of the directory. */
	public AssetView(UUID id, String name, AssetKind kind, String location, String owner, String maintainingVendor,
			String description, Instant retiredAt, long version) {
		this(id, name, kind, location, owner, maintainingVendor, description, retiredAt, version, null);
	}

	public boolean retired() {
		return retiredAt != null;
	}
}
