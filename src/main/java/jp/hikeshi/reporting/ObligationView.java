package jp.hikeshi.reporting;

import java.time.Instant;

/** A legal obligation of an incident: whether required and by which rule, its warning time and deadline, and its status. */
public record ObligationView(ObligationKind kind, boolean required, String rule, Instant warnAt, Instant due,
		ObligationStatus status, Instant metAt) {

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
