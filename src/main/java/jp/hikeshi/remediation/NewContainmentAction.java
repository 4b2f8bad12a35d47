package jp.hikeshi.remediation;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A containment action as requested. Isolating a device names the device (an asset of the
 * inventory or free text) and who was asked; a filter or block names its target and where
 * it is applied; removing the cause says what.
 */
public record NewContainmentAction(@NotNull(message = "{containment.kind.required}") ContainmentKind kind,
		@Size(max = 2000, message = "{validation.size.max}") String description, UUID deviceAssetId,
		@Size(max = 200, message = "{validation.size.max}") String deviceName,
		@Size(max = 200, message = "{validation.size.max}") String askedWhom, BlockTarget targetType,
		@Size(max = 2000, message = "{validation.size.max}") String targetValue, EnforcementPoint enforcementPoint,
		@Size(max = 500, message = "{validation.size.max}") String enforcementDetail,
		@Size(max = 2000, message = "{validation.size.max}") String note) {
}
