package jp.hikeshi.maintenance;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.hikeshi.directory.AssetKind;

/**
 * An anomaly criterion as defined by the desk: for one asset or every asset of a kind,
 * what is checked, the threshold or condition, how often, and which vendor checks (a
 * name, optionally a VENDOR user).
 */
public record CriterionInput(UUID assetId, AssetKind assetKind,
		@NotBlank(message = "{maintenance.name.required}") @Size(max = 200,
				message = "{validation.size.max}") String name,
		@NotBlank(message = "{maintenance.checkedItem.required}") @Size(max = 500,
				message = "{validation.size.max}") String checkedItem,
		@NotBlank(message = "{maintenance.threshold.required}") @Size(max = 500,
				message = "{validation.size.max}") String threshold,
		@NotNull(message = "{maintenance.frequency.required}") Frequency frequency,
		@NotBlank(message = "{maintenance.vendorName.required}") @Size(max = 200,
				message = "{validation.size.max}") String vendorName,
		UUID vendorUserId) {
}
