package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a recovery item on (PATCH) on the version the caller read: IN_PROGRESS, RESTORED
 * (who restored it and how may be given or corrected here) or VERIFIED with the result of
 * the check; NOT_OK sends it back to in progress. CANCELLED takes an item added by
 * mistake out, with the reason in {@code note} (required).
 */
public record RecoveryChange(@NotNull(message = "{recovery.step.required}") RecoveryStage step,
		VerificationResult result, UUID restoredByUserId, UUID restoredByVendorId,
		@Size(max = 200, message = "{validation.size.max}") String restoredByVendor, RecoveryMethod method,
		@Size(max = 500, message = "{validation.size.max}") String methodDetail,
		@Size(max = 2000, message = "{validation.size.max}") String note, Instant at,
		@NotNull(message = "{remediation.version.required}") Long version) {
}
