package jp.hikeshi.intake;

import java.util.UUID;

/**
 * Narrows the alert queue. The lane is NEW (open), RELATED (open and sharing an
 * observable), PROMOTED, DISMISSED or ATTACHED (to an incident); source and severity are
 * optional. With an incident, only the alerts attached to that incident (lane ATTACHED
 * unless another is given).
 */
public record AlertFilter(Lane lane, String source, Severity severity, UUID incident) {

	/** The queue's lanes, each backed by an index. */
	public enum Lane {

		NEW, RELATED, PROMOTED, DISMISSED, ATTACHED

	}

	public AlertFilter {
		lane = lane == null ? (incident == null ? Lane.NEW : Lane.ATTACHED) : lane;
		source = source == null || source.isBlank() ? null : source.strip();
	}

	public AlertFilter(Lane lane, String source, Severity severity) {
		this(lane, source, severity, null);
	}

	public AlertFilter inLane(Lane other) {
		return new AlertFilter(other, source, severity, incident);
	}
}
