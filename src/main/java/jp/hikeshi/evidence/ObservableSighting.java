package jp.hikeshi.evidence;

import java.util.UUID;

/** An incident an observable was seen in, as a search for its value finds it. */
public record ObservableSighting(UUID id, ObservableType type, String value, Tlp tlp, UUID incidentId,
		String incidentNumber) {
}
