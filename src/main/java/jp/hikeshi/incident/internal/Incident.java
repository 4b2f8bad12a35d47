package jp.hikeshi.incident.internal;

import static jp.hikeshi.incident.internal.LogLine.because;
import static jp.hikeshi.incident.internal.LogLine.label;
import static jp.hikeshi.incident.internal.Timestamps.micros;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Person;
import jp.hikeshi.incident.ClosingGuard.OpenItem;
import jp.hikeshi.incident.ClosingRefusedException;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.Priority;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.ReportRef;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The incident aggregate. Each change goes through a method named for what happens and
 * leaves a line for the handling log, which the desk writes in the same transaction.
 */
@Table("incident")
public class Incident {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String number;

	private String title;

	private String category;

	private Urgency urgency;

	private String severity;

	private int priority;

	private IncidentState state;

	private boolean openQueue;

	// GEN-1: the lanes are written by ProcessLanes (by hand, or moved by the work without
	// touching the version), so that
	// saving the aggregate from an older reading never writes a lane back; a new row
	// takes the columns' defaults
	@ReadOnlyProperty
	private ProcessState detectionState;

	@ReadOnlyProperty
	private ProcessState triageState;

	@ReadOnlyProperty
	private ProcessState responseState;

	@ReadOnlyProperty
	private ProcessState reportingState;

	private UUID commanderId;

	private String commanderName;

	@Embedded.Empty
	final Timestamps times;

	private final Instant openedAt;

	private final UUID openedBy;

	@Version
	private Long version;

	@MappedCollection(idColumn = "incident")
	private final Set<Handler> handlers;

	@MappedCollection(idColumn = "incident")
	private final Set<LinkedReport> reports;

	@MappedCollection(idColumn = "incident")
	private final Set<AffectedAsset> assets;

	@Transient
	private final List<LogLine> log = new ArrayList<>();

	@PersistenceCreator
	Incident(UUID id, UUID organisationId, String number, String title, String category, Urgency urgency,
			String severity, int priority, IncidentState state, boolean openQueue, ProcessState detectionState,
			ProcessState triageState, ProcessState responseState, ProcessState reportingState, UUID commanderId,
			String commanderName, Timestamps times, Instant openedAt, UUID openedBy, Long version,
			Set<Handler> handlers, Set<LinkedReport> reports, Set<AffectedAsset> assets) {
		this.id = id;
		this.organisationId = organisationId;
		this.number = number;
		this.title = title;
		this.category = category;
		this.urgency = urgency;
		this.severity = severity;
		this.priority = priority;
		this.state = state;
		this.openQueue = openQueue;
		this.detectionState = detectionState;
		this.triageState = triageState;
		this.responseState = responseState;
		this.reportingState = reportingState;
		this.commanderId = commanderId;
		this.commanderName = commanderName;
		this.times = times == null ? new Timestamps() : times;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.version = version;
		this.handlers = handlers == null ? new HashSet<>() : new HashSet<>(handlers);
		this.reports = reports == null ? new HashSet<>() : new HashSet<>(reports);
		this.assets = assets == null ? new HashSet<>() : new HashSet<>(assets);
	}

	/**
	 * Declares an incident: detection and triage are done by then, response and reporting
	 * not yet started.
	 */
	public static Incident declare(OrganisationId organisation, String number, String title, String category,
			Urgency urgency, String severity, Priority priority, Person commander, UUID openedBy, Instant now) {
		Incident incident = new Incident(UUID.randomUUID(), organisation.value(), number, title.strip(), category,
				urgency, severity, priority.level(), IncidentState.OPEN, true, ProcessState.DONE, ProcessState.DONE,
				ProcessState.NOT_STARTED, ProcessState.NOT_STARTED, commander.id(), commander.displayName(),
				new Timestamps(), micros(now), openedBy, null, Set.of(), Set.of(), Set.of());
		incident.times.acknowledgedAt = micros(now);
		incident.note("OPENED", number, priority.label(), label("urgency.", urgency.name()),
				label("severity.", severity));
		return incident;
	}

	public void retitle(String newTitle) {
		if (newTitle != null && !newTitle.isBlank() && !newTitle.strip().equals(title)) {
			note("RETITLED", title, newTitle.strip());
			title = newTitle.strip();
		}
	}

	public void recategorise(String newCategory) {
		if (newCategory != null && !newCategory.equals(category)) {
			note("RECATEGORISED", category, newCategory);
			category = newCategory;
		}
	}

	/** Re-ranks by the matrix; the caller has computed the priority of the new cell. */
	public void rank(Urgency newUrgency, String newSeverity, Priority newPriority) {
		if (newUrgency != urgency || !newSeverity.equals(severity) || newPriority.level() != priority) {
			note("RANKED", "P" + priority, newPriority.label(), label("urgency.", newUrgency.name()),
					label("severity.", newSeverity));
			urgency = newUrgency;
			severity = newSeverity;
			priority = newPriority.level();
		}
	}

	public void assignCommander(Person commander) {
		if (commander != null && !commander.id().equals(commanderId)) {
			note("COMMANDER_ASSIGNED", commander.displayName());
			commanderId = commander.id();
			commanderName = commander.displayName();
		}
	}

	public void assignHandlers(List<Person> people) {
		Set<Handler> wanted = new HashSet<>();
		people.forEach(p -> wanted.add(new Handler(p.id(), p.displayName())));
		if (!wanted.equals(handlers)) {
			note("HANDLERS_ASSIGNED", String.join("、", people.stream().map(Person::displayName).toList()));
			handlers.clear();
			handlers.addAll(wanted);
		}
	}

	public void affect(Map<UUID, String> assetNames) {
		Set<AffectedAsset> wanted = new HashSet<>();
		assetNames.keySet().forEach(a -> wanted.add(new AffectedAsset(a)));
		if (!wanted.equals(assets)) {
			note("ASSETS_CHANGED", String.join("、", assetNames.values()));
			assets.clear();
			assets.addAll(wanted);
		}
	}

	/** Links a report; an incident that is closed takes no more reports. */
	public void link(ReportRef report, String reason, Instant now) {
		if (!state.isOpen()) {
			throw new RejectedInputException("incidentId", "incident.attach.closed", number);
		}
		if (reports.stream().noneMatch(r -> r.reportId().equals(report.id()))) {
			reports.add(new LinkedReport(report.id(), report.number(), micros(now)));
			note("REPORT_LINKED", report.number(), because(reason));
		}
	}

	public void unlink(UUID reportId, String reason) {
		reports.stream().filter(r -> r.reportId().equals(reportId)).findFirst().ifPresent(r -> {
			reports.remove(r);
			note("REPORT_UNLINKED", r.reportNumber(), because(reason));
		});
	}

	/** GEN-1: each process moves on its own; any number may be in progress at once. */
	public void progress(IncidentProcess process, ProcessState newState) {
		if (newState == null || progress().get(process) == newState) {
			return;
		}
		note("PROCESS_CHANGED", label("process.", process.name()),
				label("processState.", progress().get(process).name()), label("processState.", newState.name()));
		switch (process) {
			case DETECTION -> detectionState = newState;
			case TRIAGE -> triageState = newState;
			case RESPONSE -> responseState = newState;
			case REPORTING -> reportingState = newState;
		}
	}

	/**
	 * Moves the overall state; closing needs every guard to be satisfied. Containment and
	 * recovery keep the first time they were reached unless a time is given; reopening
	 * clears the closing time (the log keeps it).
	 */
	public void moveTo(IncidentState target, Instant at, List<OpenItem> blocking) {
		if (target == null || target == state) {
			return;
		}
		if (target == IncidentState.CLOSED && !blocking.isEmpty()) {
			throw new ClosingRefusedException(blocking);
		}
		Instant when = micros(at);
		switch (target) {
			case CONTAINED -> times.containedAt = Objects.requireNonNullElse(times.containedAt, when);
			case RECOVERED -> {
				times.containedAt = Objects.requireNonNullElse(times.containedAt, when);
				times.recoveredAt = Objects.requireNonNullElse(times.recoveredAt, when);
			}
			case CLOSED -> times.closedAt = when;
			case OPEN -> times.closedAt = null;
		}
		note("STATE_CHANGED", label("incidentState.", state.name()), label("incidentState.", target.name()));
		state = target;
		openQueue = target.isOpen();
		if (target != IncidentState.CLOSED) {
			times.closedAt = null;
		}
	}

	/**
	 * Sets the timestamps the caller gives (null leaves one as is); changes after the
	 * declaration are logged.
	 */
	public void time(Timestamps given) {
		boolean declared = version != null;
		times.merge(given, (name, value) -> {
			if (declared) {
				note("TIMESTAMP_SET", label("incident.field.", name), value);
			}
		});
		if (times.occurredFrom != null && times.occurredTo != null && times.occurredTo.isBefore(times.occurredFrom)) {
			throw new RejectedInputException("occurredTo", "incident.occurredTo.beforeFrom");
		}
	}

	private void note(String type, Object... args) {
		log.add(LogLine.said(type, args));
	}

	/** The handling-log lines of the changes made since loading; cleared when read. */
	public List<LogLine> drainLog() {
		List<LogLine> lines = List.copyOf(log);
		log.clear();
		return lines;
	}

	public Map<IncidentProcess, ProcessState> progress() {
		Map<IncidentProcess, ProcessState> map = new EnumMap<>(IncidentProcess.class);
		map.put(IncidentProcess.DETECTION, detectionState);
		map.put(IncidentProcess.TRIAGE, triageState);
		map.put(IncidentProcess.RESPONSE, responseState);
		map.put(IncidentProcess.REPORTING, reportingState);
		return map;
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public String number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String category() {
		return category;
	}

	public Urgency urgency() {
		return urgency;
	}

	public String severity() {
		return severity;
	}

	public Priority priority() {
		return new Priority(priority);
	}

	public boolean inOpenQueue() {
		return openQueue;
	}

	public IncidentState state() {
		return state;
	}

	public UUID commanderId() {
		return commanderId;
	}

	public String commanderName() {
		return commanderName;
	}

	public Timestamps times() {
		return times;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public Set<Handler> handlers() {
		return Set.copyOf(handlers);
	}

	public Set<LinkedReport> reports() {
		return Set.copyOf(reports);
	}

	public Set<AffectedAsset> assets() {
		return Set.copyOf(assets);
	}

}
