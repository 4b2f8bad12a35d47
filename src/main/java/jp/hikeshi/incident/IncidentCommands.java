package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.internal.Incident;
import jp.hikeshi.incident.internal.Incidents;
import jp.hikeshi.incident.internal.LogLine;
import jp.hikeshi.incident.internal.OpenCounts;
import jp.hikeshi.incident.internal.ProcessLanes;
import jp.hikeshi.incident.internal.TimelineRecords;
import jp.hikeshi.incident.internal.Timestamps;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.shared.numbering.HumanNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes incidents: opens them, links and unlinks reports, applies changes under
 * optimistic locking and closes them when every {@link ClosingGuard} agrees (TRI-2,
 * GEN-1). Reading is {@link IncidentQueries}' job.
 */
@Service
@Transactional
public class IncidentCommands {

	private final Incidents incidents;

	private final IncidentQueries queries;

	private final IncidentViews views;

	private final OpenCounts openCounts;

	private final TimelineRecords timeline;

	private final PriorityRules priorities;

	private final Categories categories;

	private final AssetCatalog assets;

	private final People people;

	private final List<ClosingGuard> guards;

	private final HumanNumbers numbers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProcessLanes lanes;

	IncidentCommands(Incidents incidents, IncidentQueries queries, IncidentViews views, OpenCounts openCounts,
			TimelineRecords timeline, PriorityRules priorities, Categories categories, AssetCatalog assets,
			People people, List<ClosingGuard> guards, HumanNumbers numbers, ApplicationEventPublisher events,
			Clock clock, ProcessLanes lanes) {
		this.incidents = incidents;
		this.queries = queries;
		this.views = views;
		this.openCounts = openCounts;
		this.timeline = timeline;
		this.priorities = priorities;
		this.categories = categories;
		this.assets = assets;
		this.people = people;
		this.guards = guards;
		this.numbers = numbers;
		this.events = events;
		this.clock = clock;
		this.lanes = lanes;
	}

	/**
	 * Opens an incident, from a report's triage (linking the report) or directly when
	 * {@code report} is null.
	 */
	public IncidentView open(Actor by, NewIncident input, ReportRef report) {
		Permission.CHANGE.demand(by);
		Instant now = Instant.now(clock);
		checkCategory(by, input.category());
		Priority priority = priorities.rank(by.organisation(), input.urgency(), input.severity());
		Person commander = input.commanderId() == null ? new Person(by.id(), by.displayName())
				: person(by, "commanderId", input.commanderId());
		List<Person> handlers = persons(by, input.handlerIds());
		Map<UUID, String> affected = assetNames(by, input.assetIds());
		Incident incident = Incident.declare(by.organisation(), numbers.next(by.organisation(), "INC", now),
				input.title(), input.category(), input.urgency(), input.severity(), priority, commander, by.id(), now);
		incident.assignHandlers(handlers);
		incident.affect(affected);
		incident.time(Timestamps.given(input.occurredFrom(), input.occurredTo(), input.detectedAt(), input.receivedAt(),
				null, null, input.becameAwareAt()));
		if (report != null) {
			incident.link(report, null, now);
		}
		Incident saved = save(by, incident, now, input.reason());
		events
			.publishEvent(new IncidentOpened(by.organisation(), saved.id(), saved.number(), saved.priority().level()));
		if (report != null) {
			events.publishEvent(new ReportLinked(by.organisation(), saved.id(), report.id(), by.username()));
		}
		events.publishEvent(IncidentAudit.of(by, "INCIDENT_OPENED", saved, saved.title()).at(now));
		return views.of(saved);
	}

	/** Attaches a report to an open incident (many reports, one incident). */
	public IncidentView attach(Actor by, UUID incidentId, ReportRef report, String reason) {
		Incident incident = queries.load(by, incidentId, "incidentId");
		Permission.CHANGE.demand(by);
		Instant now = Instant.now(clock);
		incident.link(report, reason, now);
		events.publishEvent(IncidentAudit.of(by, "INCIDENT_REPORT_LINKED", incident, report.number()).at(now));
		IncidentView view = views.of(save(by, incident, now, null));
		events.publishEvent(new ReportLinked(by.organisation(), incidentId, report.id(), by.username()));
		return view;
	}

	/** Takes a report off an incident when its triage decision is revised. */
	public IncidentView detach(Actor by, UUID incidentId, UUID reportId, String reason) {
		Incident incident = queries.load(by, incidentId, "incidentId");
		Permission.CHANGE.demand(by);
		Instant now = Instant.now(clock);
		incident.unlink(reportId, reason);
		events.publishEvent(IncidentAudit.of(by, "INCIDENT_REPORT_UNLINKED", incident, reportId.toString()).at(now));
		return views.of(save(by, incident, now, null));
	}

	/**
	 * Applies a change made on the version the caller read; a stale version is refused,
	 * never overwritten.
	 */
	public IncidentView update(Actor by, UUID id, IncidentChanges changes) {
		Incident incident = queries.load(by, id, "id");
		Permission.CHANGE.demand(by);
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
			// a lane a person changes is theirs: the automatic moves of GEN-1 leave it
			// alone from then on
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
		events.publishEvent(IncidentAudit.of(by, "INCIDENT_UPDATED", saved, saved.state().name()).at(now));
		if (closing) {
			events.publishEvent(new IncidentClosed(by.organisation(), saved.id(), saved.number()));
		}
		return views.of(saved);
	}

	/**
	 * Without a state, giving a containment or recovery time moves the incident on: the
	 * state follows the facts.
	 */
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
		openCounts.moved(saved.organisation(), before,
				new OpenCounts.Slot(saved.inOpenQueue(), saved.priority().level()));
		// one microsecond apart, so that entries written together keep the order in which
		// they happened
		for (int i = 0; i < lines.size(); i++) {
			timeline.append(by.organisation(), saved.id(), now.plusNanos(i * 1000L), by, lines.get(i));
		}
		return saved;
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

}
