package jp.hikeshi.remediation;

/**
 * The life cycle of a recovery item: planned → in progress → restored → verified; a verification that finds the
 * system not working normally sends the item back to in progress.
 */
public enum RecoveryStage {
	PLANNED, IN_PROGRESS, RESTORED, VERIFIED;

	/** The stage a step may be requested from: the one just before it. */
	public RecoveryStage previous() {
		return switch (this) {
			case PLANNED -> null;
			case IN_PROGRESS -> PLANNED;
			case RESTORED -> IN_PROGRESS;
			case VERIFIED -> RESTORED;
		};
	}

	/** The step the item may take next, or null when it is done. */
	public RecoveryStage next() {
		return switch (this) {
			case PLANNED -> IN_PROGRESS;
			case IN_PROGRESS -> RESTORED;
			case RESTORED -> VERIFIED;
			case VERIFIED -> null;
		};
	}
}
