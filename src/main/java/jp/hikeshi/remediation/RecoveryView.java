package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recovery item with its steps and verifications, as the API and the pages show it. */
public record RecoveryView(UUID id, UUID incidentId, UUID assetId, String targetName, String description,
		RestorerKind restorerKind, UUID restoredByUserId, String restoredBy, RecoveryMethod method, String methodDetail,
		Instant restoredAt, RecoveryStage stage, RecoveryStage nextStage, List<StepRecord> steps, List<StepRecord> verifications,
		Instant createdAt, long version) {
}
