package jp.hikeshi.remediation;

/**
 * The life cycle of a recovery item: planned → in progress → restored → verified; a
 * verification that finds the system not working normally sends the item back to in
 * progress. An item added by mistake may be cancelled, with a reason, from any stage
 * before verified; a cancelled item no longer counts (see {@link RemediationPolicies}).
 */
public enum RecoveryStage {

	PLANNED, IN_PROGRESS, RESTORED, VERIFIED, CANCELLED;

	/** The stage a step may be requested from: the one just before it. */
	public RecoveryStage previous() {
		return switch (this) {
			case PLANNED -> null;
			case IN_PROGRESS -> PLANNED;
			case RESTORED -> IN_PROGRESS;
			case VERIFIED -> RESTORED;
			case CANCELLED -> null;
		};
	}

	/** The step the item may take next, or null when it is done. */
	public RecoveryStage next() {
		return switch (this) {
			case PLANNED -> IN_PROGRESS;
			case IN_PROGRESS -> RESTORED;
			case RESTORED -> VERIFIED;
			case VERIFIED, CANCELLED -> null;
		};
	}

	/**
	 * Whether the item may still be cancelled: it is neither verified nor cancelled
	 * already.
	 */
	public boolean cancellable() {
		return this != VERIFIED && this != CANCELLED;
	}

}
