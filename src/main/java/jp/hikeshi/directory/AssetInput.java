package jp.hikeshi.directory;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What is entered to register or describe an asset. */
public record AssetInput(
		@NotBlank(message = "{asset.name.required}") @Size(max = 200, message = "{validation.size.max}") String name,
		@NotNull(message = "{asset.kind.required}") AssetKind kind,
		@Size(max = 200, message = "{validation.size.max}") String location,
		@Size(max = 200, message = "{validation.size.max}") String owner,
		@Size(max = 200, message = "{validation.size.max}") String maintainingVendor,
		@Size(max = 4000, message = "{validation.size.max}") String description, UUID vendorId) {

	/**
	 * Without a linked vendor of the directory (the free-text maintaining vendor still
	 * names one).
	 */
	public AssetInput(String name, AssetKind kind, String location, String owner, String maintainingVendor,
			String description) {
		this(name, kind, location, owner, maintainingVendor, description, null);
	}
}
