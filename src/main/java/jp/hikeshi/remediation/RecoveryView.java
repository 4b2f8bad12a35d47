package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recovery item with its steps and verifications, as the API and the pages show it;
 * {@code restoredBy} is the user's or the vendor's name, {@code restoredByVendorId} set
 * when the vendor is one of the directory.
 */
public record RecoveryView(UUID id, UUID incidentId, UUID assetId, String targetName, String description,
		RestorerKind restorerKind, UUID restoredByUserId, UUID restoredByVendorId, String restoredBy,
		RecoveryMethod method, String methodDetail, Instant restoredAt, RecoveryStage stage, RecoveryStage nextStage,
		boolean cancellable, List<StepRecord> steps, List<StepRecord> verifications, Instant createdAt, long version) {
}
