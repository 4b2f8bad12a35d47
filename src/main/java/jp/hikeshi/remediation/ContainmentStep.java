package jp.hikeshi.remediation;

import java.util.Set;

/**
 * The life cycle of a containment action: requested → applied → verified → lifted; a
 * request not yet applied may be cancelled, and a measure in place (applied or verified)
 * may be lifted.
 */
public enum ContainmentStep {

	REQUESTED, APPLIED, VERIFIED, LIFTED, CANCELLED;

	/** The steps that may follow this one. */
	public Set<ContainmentStep> next() {
		return switch (this) {
			case REQUESTED -> Set.of(APPLIED, CANCELLED);
			case APPLIED -> Set.of(VERIFIED, LIFTED);
			case VERIFIED -> Set.of(LIFTED);
			case LIFTED, CANCELLED -> Set.of();
		};
	}

	public boolean mayMoveTo(ContainmentStep target) {
		return next().contains(target);
	}

	/** Requested or applied: the measure is not yet known to hold. */
	public boolean pending() {
		return this == REQUESTED || this == APPLIED;
	}

}
