package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.internal.Incident;
import jp.hikeshi.incident.internal.IncidentQueries;
import jp.hikeshi.incident.internal.OpenCounts;
import jp.hikeshi.incident.internal.Participants;
import jp.hikeshi.incident.internal.ProcessLanes;
import jp.hikeshi.incident.internal.Incidents;
import jp.hikeshi.incident.internal.LogLine;
import jp.hikeshi.incident.internal.TimelineRecords;
import jp.hikeshi.incident.internal.Timestamps;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.shared.numbering.HumanNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident desk: opens incidents, links reports to them, changes them under optimistic locking, closes them
 * when every {@link ClosingGuard} agrees, and ranks the open ones in the queue (TRI-2, GEN-1).
 */
@Service
@Transactional
public class IncidentDesk {

	private final Incidents incidents;
	private final IncidentQueries queries;
	private final OpenCounts openCounts;
	private final TimelineRecords timeline;
	private final PriorityRules priorities;
	private final Categories categories;
	private final AssetCatalog assets;
	private final People people;
	private final List<ClosingGuard> guards;
	private final HumanNumbers numbers;
	private final Participants participants;
	private final Vendors vendors;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ProcessLanes lanes;

	IncidentDesk(Incidents incidents, IncidentQueries queries, OpenCounts openCounts, TimelineRecords timeline, PriorityRules priorities,
			Categories categories, AssetCatalog assets, People people, List<ClosingGuard> guards, HumanNumbers numbers,
			Participants participants, Vendors vendors, ApplicationEventPublisher events, Clock clock, ProcessLanes lanes) {
		this.incidents = incidents;
		this.queries = queries;
		this.openCounts = openCounts;
		this.timeline = timeline;
		this.priorities = priorities;
		this.categories = categories;
		this.assets = assets;
		this.people = people;
		this.guards = guards;
		this.numbers = numbers;
		this.participants = participants;
		this.vendors = vendors;
		this.events = events;
		this.clock = clock;
		this.lanes = lanes;
	}

	/** Opens an incident, from a report's triage (linking the report) or directly when {@code report} is null. */
	public IncidentView open(Actor by, NewIncident input, ReportRef report) {
		IncidentAccess.edit(by);
		Instant now = Instant.now(clock);
		checkCategory(by, input.category());
		Priority priority = priorities.rank(by.organisation(), input.urgency(), input.severity());
		Person commander = input.commanderId() == null ? new Person(by.id(), by.displayName()) : person(by, "commanderId", input.commanderId());
		List<Person> handlers = persons(by, input.handlerIds());
		Map<UUID, String> affected = assetNames(by, input.assetIds());
		Incident incident = Incident.declare(by.organisation(), numbers.next(by.organisation(), "INC", now), input.title(),
				input.category(), input.urgency(), input.severity(), priority, commander, by.id(), now);
		incident.assignHandlers(handlers);
		incident.affect(affected);
		incident.time(Timestamps.given(input.occurredFrom(), input.occurredTo(), input.detectedAt(), input.receivedAt(),
				null, null, input.becameAwareAt()));
		if (report != null) {
			incident.link(report, null, now);
		}
		Incident saved = save(by, incident, now, input.reason());
		events.publishEvent(new IncidentOpened(by.organisation(), saved.id(), saved.number(), saved.priority().level()));
		if (report != null) {
			events.publishEvent(new ReportLinked(by.organisation(), saved.id(), report.id(), by.username()));
		}
		audit(by, now, "INCIDENT_OPENED", saved, saved.title());
		return view(saved);
	}

	/** Attaches a report to an open incident (many reports, one incident). */
	public IncidentView attach(Actor by, UUID incidentId, ReportRef report, String reason) {
		Incident incident = load(by, incidentId, "incidentId");
		IncidentAccess.edit(by);
		Instant now = Instant.now(clock);
		incident.link(report, reason, now);
		audit(by, now, "INCIDENT_REPORT_LINKED", incident, report.number());
		IncidentView view = view(save(by, incident, now, null));
		events.publishEvent(new ReportLinked(by.organisation(), incidentId, report.id(), by.username()));
		return view;
	}

	/** Takes a report off an incident when its triage decision is revised. */
	public IncidentView detach(Actor by, UUID incidentId, UUID reportId, String reason) {
		Incident incident = load(by, incidentId, "incidentId");
		IncidentAccess.edit(by);
		Instant now = Instant.now(clock);
		incident.unlink(reportId, reason);
		audit(by, now, "INCIDENT_REPORT_UNLINKED", incident, reportId.toString());
		return view(save(by, incident, now, null));
	}

	/** Applies a change made on the version the caller read; a stale version is refused, never overwritten. */
	public IncidentView update(Actor by, UUID id, IncidentChanges changes) {
		Incident incident = load(by, id, "id");
		IncidentAccess.edit(by);
		if (changes.version() == null || changes.version() != incident.version()) {
			throw new OptimisticLockingFailureException("incident " + id + " is at version " + incident.version()
					+ ", the change was made on " + changes.version());
		}
		Instant now = Instant.now(clock);
		incident.retitle(changes.title());
		if (changes.category() != null) {
			checkCategory(by, changes.category());
			incident.recategorise(changes.category());
		}
		if (changes.urgency() != null || changes.severity() != null) {
			Urgency urgency = changes.urgency() != null ? changes.urgency() : incident.urgency();
			String severity = changes.severity() != null ? changes.severity() : incident.severity();
			incident.rank(urgency, severity, priorities.rank(by.organisation(), urgency, severity));
		}
		if (changes.commanderId() != null) {
			incident.assignCommander(person(by, "commanderId", changes.commanderId()));
		}
		if (changes.handlerIds() != null) {
			incident.assignHandlers(persons(by, changes.handlerIds()));
		}
		if (changes.assetIds() != null) {
			incident.affect(assetNames(by, changes.assetIds()));
		}
		Map<IncidentProcess, ProcessState> setByHand = new EnumMap<>(IncidentProcess.class);
		if (changes.processes() != null) {
			// a lane a person changes is theirs: the automatic moves of GEN-1 leave it alone from then on
			changes.processes().forEach((process, state) -> {
				if (state != null && state != incident.progress().get(process)) {
					setByHand.put(process, state);
				}
				incident.progress(process, state);
			});
		}
		incident.time(Timestamps.given(changes.occurredFrom(), changes.occurredTo(), changes.detectedAt(), null,
				changes.containedAt(), changes.recoveredAt(), changes.becameAwareAt()));
		IncidentState target = target(incident.state(), changes);
		boolean closing = target == IncidentState.CLOSED && incident.state() != IncidentState.CLOSED;
		incident.moveTo(target, now, closing ? openItems(incident) : List.of());
		Incident saved = save(by, incident, now, changes.reason());
		lanes.setByHand(saved.id(), setByHand);
		audit(by, now, "INCIDENT_UPDATED", saved, saved.state().name());
		if (closing) {
			events.publishEvent(new IncidentClosed(by.organisation(), saved.id(), saved.number()));
		}
		return view(saved);
	}

	@Transactional(readOnly = true)
	public IncidentView get(Actor by, UUID id) {
		IncidentAccess.read(by);
		return view(load(by, id, "id"));
	}

	@Transactional(readOnly = true)
	public PageOf<IncidentSummary> queue(Actor by, QueueFilter filter, PageRequest page) {
		IncidentAccess.read(by);
		return queries.page(by.organisation(), filter, page);
	}

	/**
	 * Reads an incident as {@link #get} does, and also for a VENDOR account whose vendor the incident is shared with;
	 * any other incident is unknown to the vendor (404). Only the response module's pages and API use it: the
	 * evidence and reporting of a shared incident stay closed to vendors, because they read through {@link #get}.
	 */
	@Transactional(readOnly = true)
	public IncidentView getShared(Actor by, UUID id) {
		if (by.seesWholeOrganisation()) {
			return get(by, id);
		}
		if (!participates(by, id)) {
			throw new NotFoundException("incident", id);
		}
		return incidents.findById(id).filter(i -> i.organisation().equals(by.organisation())).map(this::view)
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

	/** The queue as {@link #queue} gives it, or for a VENDOR account the incidents shared with its vendor. */
	@Transactional(readOnly = true)
	public PageOf<IncidentSummary> sharedQueue(Actor by, QueueFilter filter, PageRequest page) {
		if (by.seesWholeOrganisation()) {
			return queue(by, filter, page);
		}
		if (!by.has(Role.VENDOR)) {
			IncidentAccess.read(by);
		}
		return vendors.vendorOf(by).map(v -> queries.sharedWith(by.organisation(), v, filter.closed(), page))
			.orElseGet(() -> new PageOf<>(List.of(), page.page(), page.size(), 0));
	}

	/** Shares the incident with a vendor organisation that was given work on it (its VENDOR accounts may read it). */
	public void shareWith(Actor by, UUID incidentId, UUID vendorId) {
		Incident incident = load(by, incidentId, "incidentId");
		Instant now = Instant.now(clock);
		if (participants.add(by.organisation(), incidentId, vendorId, now)) {
			audit(by, now, "INCIDENT_SHARED", incident, "vendor " + vendorId);
		}
	}

	/** Stops sharing the incident with a vendor that has no more work on it. */
	public void unshare(Actor by, UUID incidentId, UUID vendorId) {
		Incident incident = load(by, incidentId, "incidentId");
		if (participants.remove(incidentId, vendorId)) {
			audit(by, Instant.now(clock), "INCIDENT_UNSHARED", incident, "vendor " + vendorId);
		}
	}

	/** The incident people quote by number (INC-2026-0001), if the caller's organisation has one. */
	@Transactional(readOnly = true)
	public Optional<UUID> idOf(Actor by, String number) {
		IncidentAccess.read(by);
		return queries.idOf(by.organisation(), number);
	}

	/** Open incidents per priority, P1 first (for the home page). */
	@Transactional(readOnly = true)
	public Map<String, Long> openPerPriority(Actor by) {
		IncidentAccess.read(by);
		return openCounts.perPriority(by.organisation());
	}

	/** Without a state, giving a containment or recovery time moves the incident on: the state follows the facts. */
	private static IncidentState target(IncidentState current, IncidentChanges changes) {
		if (changes.state() != null) {
			return changes.state();
		}
		if (changes.recoveredAt() != null && (current == IncidentState.OPEN || current == IncidentState.CONTAINED)) {
			return IncidentState.RECOVERED;
		}
		if (changes.containedAt() != null && current == IncidentState.OPEN) {
			return IncidentState.CONTAINED;
		}
		return null;
	}

	private List<ClosingGuard.OpenItem> openItems(Incident incident) {
		List<ClosingGuard.OpenItem> items = new ArrayList<>();
		guards.forEach(g -> items.addAll(g.openItems(incident.organisation(), incident.id())));
		return items;
	}

	private Incident save(Actor by, Incident incident, Instant now, String reason) {
		List<LogLine> lines = new ArrayList<>(incident.drainLog());
		if (reason != null && !reason.isBlank()) {
			lines.add(LogLine.typed("DECISION", reason.strip()));
		}
		OpenCounts.Slot before = openCounts.stored(incident.id());
		Incident saved = incidents.save(incident);
		openCounts.moved(saved.organisation(), before, new OpenCounts.Slot(saved.inOpenQueue(), saved.priority().level()));
		// one microsecond apart, so that entries written together keep the order in which they happened
		for (int i = 0; i < lines.size(); i++) {
			timeline.append(by.organisation(), saved.id(), now.plusNanos(i * 1000L), by, lines.get(i));
		}
		return saved;
	}

	private Incident load(Actor by, UUID id, String field) {
		IncidentAccess.read(by);
		return incidents.findById(id).filter(i -> i.organisation().equals(by.organisation()))
			.orElseThrow(() -> "id".equals(field) ? new NotFoundException("incident", id)
					: new RejectedInputException(field, "incident.unknown", id));
	}

	private void checkCategory(Actor by, String category) {
		if (categories.active(by.organisation()).stream().noneMatch(c -> c.code().equals(category))) {
			throw new RejectedInputException("category", "incident.category.unknown", category);
		}
	}

	private Person person(Actor by, String field, UUID id) {
		return people.find(by.organisation(), id, Role.HANDLER, Role.ADMIN, Role.MANAGER)
			.orElseThrow(() -> new RejectedInputException(field, "incident.person.unknown", id));
	}

	private List<Person> persons(Actor by, List<UUID> ids) {
		return ids.stream().distinct().map(id -> person(by, "handlerIds", id)).toList();
	}

	private Map<UUID, String> assetNames(Actor by, List<UUID> ids) {
		Map<UUID, AssetView> found = assets.findAll(by.organisation(), ids);
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UUID id : ids.stream().distinct().toList()) {
			if (!found.containsKey(id)) {
				throw new RejectedInputException("assetIds", "incident.asset.unknown", id);
			}
			names.put(id, found.get(id).name());
		}
		return names;
	}

	private void audit(Actor by, Instant now, String action, Incident incident, String summary) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("INCIDENT", incident.id())
			.with("number", incident.number())
			.with("title", incident.title())
			.with("report", action.equals("INCIDENT_REPORT_LINKED") ? summary : null)
			.summary(incident.number() + " " + summary)
			.at(now));
	}

	private IncidentView view(Incident i) {
		Map<UUID, AssetView> names = assets.findAll(i.organisation(), i.assets().stream().map(Incident.Affected::assetId).toList());
		var t = i.times();
		return new IncidentView(i.id(), i.number(), i.title(), i.category(), i.urgency(), i.severity(),
				PriorityScheme.ofSeverity(i.severity()).orElse(null), i.priority().label(), i.state(), i.progress(),
				i.commanderId() == null ? null : new Person(i.commanderId(), i.commanderName()),
				i.handlers().stream().map(h -> new Person(h.userId(), h.name())).sorted(Comparator.comparing(Person::displayName)).toList(),
				i.reports().stream().map(r -> new IncidentView.LinkedReport(r.reportId(), r.reportNumber(), r.linkedAt()))
					.sorted(Comparator.comparing(IncidentView.LinkedReport::linkedAt).thenComparing(IncidentView.LinkedReport::number)).toList(),
				i.assets().stream().map(a -> new IncidentView.AffectedAsset(a.assetId(),
						names.containsKey(a.assetId()) ? names.get(a.assetId()).name() : null))
					.sorted(Comparator.comparing(a -> String.valueOf(a.name()))).toList(),
				t.occurredFrom(), t.occurredTo(), t.detectedAt(), t.receivedAt(), t.acknowledgedAt(), t.containedAt(),
				t.recoveredAt(), t.closedAt(), t.becameAwareAt(), i.openedAt(), i.version());
	}
}
