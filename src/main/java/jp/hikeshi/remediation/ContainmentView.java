package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A containment action with its steps, oldest first, as the API and the pages show it.
 */
public record ContainmentView(UUID id, UUID incidentId, ContainmentKind kind, String description, UUID deviceAssetId,
		String deviceName, String askedWhom, BlockTarget targetType, String targetValue,
		EnforcementPoint enforcementPoint, String enforcementDetail, ContainmentStep step,
		List<ContainmentStep> nextSteps, List<StepRecord> steps, Instant createdAt, long version) {
}
