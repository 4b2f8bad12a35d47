package jp.hikeshi.remediation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A recovery item as planned: an asset of the inventory or a service named in free text,
 * what is to be restored, and, when already known, who restores it (a user of the
 * organisation, a vendor of the directory or a vendor named in free text) and how.
 */
public record NewRecoveryItem(UUID assetId, @Size(max = 200, message = "{validation.size.max}") String serviceName,
		@NotBlank(message = "{recovery.description.required}") @Size(max = 2000,
				message = "{validation.size.max}") String description,
		UUID restoredByUserId, UUID restoredByVendorId,
		@Size(max = 200, message = "{validation.size.max}") String restoredByVendor, RecoveryMethod method,
		@Size(max = 500, message = "{validation.size.max}") String methodDetail,
		@Size(max = 2000, message = "{validation.size.max}") String note) {
}
