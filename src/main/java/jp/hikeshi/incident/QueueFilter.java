package jp.hikeshi.incident;

import java.util.UUID;

/**
 * Narrows the incident list: open (the queue, default) or closed incidents, by category,
 * commander, or a process in a given state (e.g. REPORTING in progress). Every part but
 * {@code closed} is optional.
 */
public record QueueFilter(boolean closed, String category, UUID commanderId, IncidentProcess process,
		ProcessState processState) {

	public static QueueFilter open() {
		return new QueueFilter(false, null, null, null, null);
	}
}
