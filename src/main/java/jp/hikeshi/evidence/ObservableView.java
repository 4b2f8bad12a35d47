package jp.hikeshi.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An observable of an incident, with the other incidents it was also seen in. */
public record ObservableView(UUID id, ObservableType type, String value, Tlp tlp, String tags, String source,
		Instant firstSeen, Instant lastSeen, List<SeenIn> alsoSeenIn) {

	/** Another incident that shares this observable. */
	public record SeenIn(UUID incidentId, String number) {
	}
}
