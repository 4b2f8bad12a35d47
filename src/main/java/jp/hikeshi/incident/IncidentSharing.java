package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.internal.Incident;
import jp.hikeshi.incident.internal.Incidents;
import jp.hikeshi.incident.internal.Participants;
import jp.hikeshi.incident.internal.QueueRecords;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares incidents with the vendor organisations that were given work on them, and lets
 * those vendors' VENDOR accounts read the incidents shared with them, and only those.
 */
@Service
@Transactional
public class IncidentSharing {

	private final IncidentQueries queries;

	private final Incidents incidents;

	private final QueueRecords queue;

	private final Participants participants;

	private final Vendors vendors;

	private final IncidentViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentSharing(IncidentQueries queries, Incidents incidents, QueueRecords queue, Participants participants,
			Vendors vendors, IncidentViews views, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.incidents = incidents;
		this.queue = queue;
		this.participants = participants;
		this.vendors = vendors;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads an incident as {@link IncidentQueries#get} does, and also for a VENDOR
	 * account whose vendor the incident is shared with; any other incident is unknown to
	 * the vendor (404). Only the response module's pages and API use it: the evidence and
	 * reporting of a shared incident stay closed to vendors, because they read through
	 * {@link IncidentQueries#get}.
	 */
	@Transactional(readOnly = true)
	public IncidentView getShared(Actor by, UUID id) {
		if (by.seesWholeOrganisation()) {
			return queries.get(by, id);
		}
		if (!participates(by, id)) {
			throw new NotFoundException("incident", id);
		}
		return incidents.findById(id)
			.filter(i -> i.organisation().equals(by.organisation()))
			.map(views::of)
			.orElseThrow(() -> new NotFoundException("incident", id));
	}

	/** Whether the actor is a VENDOR account whose vendor the incident is shared with. */
	@Transactional(readOnly = true)
	public boolean participates(Actor by, UUID incidentId) {
		if (!by.has(Role.VENDOR)) {
			return false;
		}
		return vendors.vendorOf(by).map(v -> participants.shared(incidentId, v)).orElse(false);
	}

	/**
	 * The queue as {@link IncidentQueries#queue} gives it, or for a VENDOR account the
	 * incidents shared with its vendor.
	 */
	@Transactional(readOnly = true)
	public PageOf<IncidentSummary> sharedQueue(Actor by, QueueFilter filter, PageRequest page) {
		if (by.seesWholeOrganisation()) {
			return queries.queue(by, filter, page);
		}
		if (!by.has(Role.VENDOR)) {
			Permission.READ.demand(by);
		}
		return vendors.vendorOf(by)
			.map(v -> queue.sharedWith(by.organisation(), v, filter.closed(), page))
			.orElseGet(() -> new PageOf<>(List.of(), page.page(), page.size(), 0));
	}

	/**
	 * Shares the incident with a vendor organisation that was given work on it (its
	 * VENDOR accounts may read it).
	 */
	public void shareWith(Actor by, UUID incidentId, UUID vendorId) {
		Incident incident = queries.load(by, incidentId, "incidentId");
		Instant now = Instant.now(clock);
		if (participants.add(by.organisation(), incidentId, vendorId, now)) {
			events.publishEvent(IncidentAudit.of(by, "INCIDENT_SHARED", incident, "vendor " + vendorId).at(now));
		}
	}

	/** Stops sharing the incident with a vendor that has no more work on it. */
	public void unshare(Actor by, UUID incidentId, UUID vendorId) {
		Incident incident = queries.load(by, incidentId, "incidentId");
		if (participants.remove(incidentId, vendorId)) {
			events.publishEvent(
					IncidentAudit.of(by, "INCIDENT_UNSHARED", incident, "vendor " + vendorId).at(Instant.now(clock)));
		}
	}

}
