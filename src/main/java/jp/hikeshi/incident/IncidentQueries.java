package jp.hikeshi.incident;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.internal.Incident;
import jp.hikeshi.incident.internal.Incidents;
import jp.hikeshi.incident.internal.OpenCounts;
import jp.hikeshi.incident.internal.QueueRecords;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organisation's incidents for handlers, managers and administrators: one
 * incident, the queue ranked by priority (TRI-2), an incident by its number, and the open
 * ones per priority.
 */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

	private final Incidents incidents;

	private final QueueRecords queue;

	private final OpenCounts openCounts;

	private final IncidentViews views;

	IncidentQueries(Incidents incidents, QueueRecords queue, OpenCounts openCounts, IncidentViews views) {
		this.incidents = incidents;
		this.queue = queue;
		this.openCounts = openCounts;
		this.views = views;
	}

	/**
	 * One incident of the caller's organisation; another organisation's is unknown (404).
	 */
	public IncidentView get(Actor by, UUID id) {
		Permission.READ.demand(by);
		return views.of(load(by, id, "id"));
	}

	/**
	 * One page of the queue: open incidents by priority, then oldest first (or the closed
	 * ones, as the filter says).
	 */
	public PageOf<IncidentSummary> queue(Actor by, QueueFilter filter, PageRequest page) {
		Permission.READ.demand(by);
		return queue.page(by.organisation(), filter, page);
	}

	/**
	 * The incident people quote by number (INC-2026-0001), if the caller's organisation
	 * has one.
	 */
	public Optional<UUID> idOf(Actor by, String number) {
		Permission.READ.demand(by);
		return queue.idOf(by.organisation(), number);
	}

	/** Open incidents per priority, P1 first (for the home page). */
	public Map<String, Long> openPerPriority(Actor by) {
		Permission.READ.demand(by);
		return openCounts.perPriority(by.organisation());
	}

	/**
	 * The stored incident for a caller who may read it: unknown as the subject of the
	 * request ({@code field} "id") is a 404, unknown as a value the caller gave is an
	 * invalid input of that field.
	 */
	Incident load(Actor by, UUID id, String field) {
		Permission.READ.demand(by);
		return incidents.findById(id)
			.filter(i -> i.organisation().equals(by.organisation()))
			.orElseThrow(() -> "id".equals(field) ? new NotFoundException("incident", id)
					: new RejectedInputException(field, "incident.unknown", id));
	}

}
