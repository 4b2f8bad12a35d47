package jp.hikeshi.remediation;

import static jp.hikeshi.remediation.ContainmentStep.APPLIED;
import static jp.hikeshi.remediation.ContainmentStep.CANCELLED;
import static jp.hikeshi.remediation.ContainmentStep.LIFTED;
import static jp.hikeshi.remediation.ContainmentStep.REQUESTED;
import static jp.hikeshi.remediation.ContainmentStep.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.hikeshi.remediation.RemediationPolicies.ActionState;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RemediationPoliciesTests {

	@Test
	@DisplayName("RES-3 the life cycle allows requested → applied → verified → lifted, lifting from applied, cancelling a request, nothing else")
	void containmentStepsFollowTheLifeCycle() {
		assertThat(REQUESTED.next()).containsExactlyInAnyOrder(APPLIED, CANCELLED);
		assertThat(APPLIED.next()).containsExactlyInAnyOrder(VERIFIED, LIFTED);
		assertThat(VERIFIED.next()).containsExactly(LIFTED);
		assertThat(LIFTED.next()).isEmpty();
		assertThat(CANCELLED.next()).isEmpty();
		assertThat(REQUESTED.mayMoveTo(VERIFIED)).isFalse();
		assertThat(APPLIED.mayMoveTo(CANCELLED)).isFalse();
	}

	@Test
	@DisplayName("RES-3 an incident is contained once a measure was verified and none is still requested or applied")
	void containedNeedsAVerifiedMeasureAndNothingPending() {
		assertThat(RemediationPolicies.contained(List.of())).isFalse();
		assertThat(RemediationPolicies.contained(List.of(new ActionState(VERIFIED, true)))).isTrue();
		assertThat(RemediationPolicies
			.contained(List.of(new ActionState(VERIFIED, true), new ActionState(APPLIED, false)))).isFalse();
		assertThat(RemediationPolicies
			.contained(List.of(new ActionState(VERIFIED, true), new ActionState(REQUESTED, false)))).isFalse();
		assertThat(RemediationPolicies
			.contained(List.of(new ActionState(LIFTED, true), new ActionState(CANCELLED, false)))).isTrue();
		assertThat(RemediationPolicies
			.contained(List.of(new ActionState(LIFTED, false), new ActionState(CANCELLED, false)))).isFalse();
	}

	@Test
	@DisplayName("RES-4 an incident is recovered when it has recovery items and every one is verified")
	void recoveredNeedsEveryItemVerified() {
		assertThat(RemediationPolicies.recovered(List.of())).isFalse();
		assertThat(RemediationPolicies.recovered(List.of(RecoveryStage.VERIFIED))).isTrue();
		assertThat(RemediationPolicies.recovered(List.of(RecoveryStage.VERIFIED, RecoveryStage.RESTORED))).isFalse();
	}

	@Test
	@DisplayName("RES-4 a cancelled recovery item counts neither way: not alone, and not against the verified ones")
	void cancelledItemsDoNotCount() {
		assertThat(RemediationPolicies.recovered(List.of(RecoveryStage.CANCELLED))).isFalse();
		assertThat(RemediationPolicies.recovered(List.of(RecoveryStage.VERIFIED, RecoveryStage.CANCELLED))).isTrue();
		assertThat(RemediationPolicies.recovered(List.of(RecoveryStage.PLANNED, RecoveryStage.CANCELLED))).isFalse();
		assertThat(RecoveryStage.CANCELLED.next()).isNull();
		assertThat(RecoveryStage.PLANNED.cancellable()).isTrue();
		assertThat(RecoveryStage.RESTORED.cancellable()).isTrue();
		assertThat(RecoveryStage.VERIFIED.cancellable()).isFalse();
		assertThat(RecoveryStage.CANCELLED.cancellable()).isFalse();
	}

	@Test
	@DisplayName("RES-3 RES-4 closing is blocked by requested or applied actions and by items neither verified nor cancelled")
	void whatBlocksClosing() {
		assertThat(List.of(ContainmentStep.values())).filteredOn(RemediationPolicies::blocksClosing)
			.containsExactlyInAnyOrder(REQUESTED, APPLIED);
		assertThat(List.of(RecoveryStage.values())).filteredOn(RemediationPolicies::blocksClosing)
			.containsExactlyInAnyOrder(RecoveryStage.PLANNED, RecoveryStage.IN_PROGRESS, RecoveryStage.RESTORED);
	}

}
