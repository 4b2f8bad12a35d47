package jp.hikeshi.remediation;

import java.util.List;

/** The rules that say when an incident counts as contained (RES-3) or recovered (RES-4), listed in one place. */
public final class RemediationPolicies {

	private RemediationPolicies() {
	}

	/** Where a containment action stands: its current step, and whether it was ever confirmed to hold. */
	public record ActionState(ContainmentStep step, boolean everVerified) {
	}

	/** Contained: at least one measure was verified, and no measure is still only requested or applied. */
	public static boolean contained(List<ActionState> actions) {
		return actions.stream().anyMatch(ActionState::everVerified) && actions.stream().noneMatch(a -> a.step().pending());
	}

	/** Recovered: there is at least one recovery item and every one was checked and found working normally. */
	public static boolean recovered(List<RecoveryStage> items) {
		return !items.isEmpty() && items.stream().allMatch(s -> s == RecoveryStage.VERIFIED);
	}
}
