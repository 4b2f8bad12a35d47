package jp.hikeshi.remediation;

import java.util.List;

/**
 * The rules that say when an incident counts as contained (RES-3) or recovered (RES-4),
 * listed in one place.
 */
public final class RemediationPolicies {

	private RemediationPolicies() {
	}

	/**
	 * Where a containment action stands: its current step, and whether it was ever
	 * confirmed to hold.
	 */
	public record ActionState(ContainmentStep step, boolean everVerified) {
	}

	/**
	 * Contained: at least one measure was verified, and no measure is still only
	 * requested or applied. A cancelled request (never applied, so never verified) counts
	 * neither way.
	 */
	public static boolean contained(List<ActionState> actions) {
		return actions.stream().anyMatch(ActionState::everVerified)
				&& actions.stream().noneMatch(a -> a.step().pending());
	}

	/**
	 * Recovered: there is at least one recovery item that was not cancelled, and every
	 * item not cancelled was checked and found working normally. A cancelled item (added
	 * by mistake) counts neither way.
	 */
	public static boolean recovered(List<RecoveryStage> items) {
		List<RecoveryStage> counted = items.stream().filter(s -> s != RecoveryStage.CANCELLED).toList();
		return !counted.isEmpty() && counted.stream().allMatch(s -> s == RecoveryStage.VERIFIED);
	}

	/**
	 * Closing (GEN-1 guard): a containment action keeps the incident open while it is
	 * still only requested or applied — verified, lifted or cancelled ones do not.
	 */
	public static boolean blocksClosing(ContainmentStep step) {
		return step.pending();
	}

	/**
	 * Closing (GEN-1 guard): a recovery item keeps the incident open until it is verified
	 * OK or cancelled.
	 */
	public static boolean blocksClosing(RecoveryStage stage) {
		return stage != RecoveryStage.VERIFIED && stage != RecoveryStage.CANCELLED;
	}

}
