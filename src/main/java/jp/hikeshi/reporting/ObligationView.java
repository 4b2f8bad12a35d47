package jp.hikeshi.reporting;

import java.time.Instant;

/**
 * A legal obligation of an incident: whether required and by which rule, its warning time
 * and deadline, and its status; {@code releasedBy} names the obligation whose fulfilment
 * releases this one (a contractor's notice to its principal).
 */
public record ObligationView(ObligationKind kind, boolean required, String rule, Instant warnAt, Instant due,
		ObligationStatus status, Instant metAt, ObligationKind releasedBy, Instant releasedAt) {

	/** The view of an obligation that nothing releases. */
	public ObligationView(ObligationKind kind, boolean required, String rule, Instant warnAt, Instant due,
			ObligationStatus status, Instant metAt) {
		this(kind, required, rule, warnAt, due, status, metAt, null, null);
	}

	static ObligationStatus statusAt(boolean required, Instant warnAt, Instant due, Instant metAt, Instant now) {
		if (!required) {
			return ObligationStatus.NOT_REQUIRED;
		}
		if (metAt != null) {
			return ObligationStatus.MET;
		}
		if (due != null && !now.isBefore(due)) {
			return ObligationStatus.OVERDUE;
		}
		return warnAt != null && !now.isBefore(warnAt) ? ObligationStatus.WARNING : ObligationStatus.OPEN;
	}
}
