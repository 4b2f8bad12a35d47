package jp.hikeshi.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.ReportRef;
import jp.hikeshi.intake.AffectedPlace;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.triage.internal.DecisionRules;
import jp.hikeshi.triage.internal.Triage;
import jp.hikeshi.triage.internal.Triages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage desk: records the facts found on a report (TRI-1) and the decision on it
 * (TRI-2), opening or attaching to an incident, closing it as no incident, or linking it
 * as a duplicate, all in one transaction.
 */
@Service
@Transactional
public class TriageDesk {

	private final Triages triages;

	private final Checklists checklists;

	private final ReportDesk reports;

	private final IncidentCommands incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TriageDesk(Triages triages, Checklists checklists, ReportDesk reports, IncidentCommands incidents,
			ApplicationEventPublisher events, Clock clock) {
		this.triages = triages;
		this.checklists = checklists;
		this.reports = reports;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The triage of a report as it stands; an untouched report shows empty facts and no
	 * decision.
	 */
	@Transactional(readOnly = true)
	public TriageView get(Actor by, UUID reportId) {
		requireHandlerOrManager(by);
		ReportView report = reports.get(by, reportId);
		Triage triage = triages.findByReportId(reportId)
			.orElseGet(() -> Triage.begin(by.organisation(), reportId, Instant.now(clock)));
		return view(by, report, triage);
	}

	/** Records facts and, when given, a decision or its revision (the history stays). */
	public TriageView triage(Actor by, UUID reportId, TriageRequest request) {
		ReportView report = reports.get(by, reportId);
		if (!by.has(Role.ADMIN) && !by.has(Role.HANDLER)) {
			throw new AccessDeniedException("triage is done by handlers and administrators");
		}
		Instant now = Instant.now(clock);
		Triage triage = triages.findByReportId(reportId)
			.orElseGet(() -> Triage.begin(by.organisation(), reportId, now));
		if (request.version() != null && !triage.isNew() && request.version() != triage.version()) {
			throw new OptimisticLockingFailureException(
					"triage of report " + reportId + " changed since version " + request.version());
		}
		Set<String> codes = checklists.forCategory(by.organisation(), report.category())
			.stream()
			.map(CheckItem::code)
			.collect(Collectors.toSet());
		UUID linked = triage.current().map(Triage.Decision::incidentId).orElse(null);
		DecisionRules.check(request, reportId, linked != null, codes);
		if (request.facts() != null) {
			triage.recordFacts(request.facts(), now);
		}
		ReportStatus status = ReportStatus.IN_TRIAGE;
		if (request.decision() != null) {
			boolean revision = triage.current().isPresent();
			UUID incidentId = decide(by, report, request, linked, now, triage);
			status = switch (request.decision()) {
				case INCIDENT -> ReportStatus.INCIDENT;
				case NOT_INCIDENT -> ReportStatus.NOT_INCIDENT;
				case DUPLICATE -> ReportStatus.DUPLICATE;
			};
			events
				.publishEvent(new TriageDecided(by.organisation(), reportId, request.decision(), incidentId, revision));
			audit(by, now, revision ? "TRIAGE_REVISED" : "TRIAGE_DECIDED", report,
					request.decision() + ": " + request.reason(), "#outcome." + request.decision());
		}
		else {
			audit(by, now, "TRIAGE_FACTS_RECORDED", report, request.facts().damage() + "/" + request.facts().ongoing(),
					null);
		}
		Triage saved = triages.save(triage);
		ReportView updated = reports.recordTriage(by, reportId, status);
		return view(by, updated, saved);
	}

	/**
	 * Warnings (注意喚起) go out by e-mail to the recipients given as mail addresses: the
	 * event is recorded with this transaction and mailed through the durable outbox after
	 * it commits. Other recipients (a group or a person named in words) stay on record
	 * for the desk to reach. Returns how many addresses the warning goes to.
	 */
	private int sendWarning(Actor by, ReportView report, Warning warning, Instant now) {
		List<String> addresses = warning.recipients()
			.stream()
			.filter(r -> r.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"))
			.toList();
		if (addresses.isEmpty()) {
			return 0;
		}
		events.publishEvent(new WarningIssued(by.organisation(), report.id(),
				report.number() + "@" + now.toEpochMilli(), addresses, "【注意喚起】" + report.summary(), warning.text(),
				"[Warning] " + report.summary(), warning.text(), by.id(), by.username(), by.displayName()));
		return addresses.size();
	}

	private UUID decide(Actor by, ReportView report, TriageRequest request, UUID linked, Instant now, Triage triage) {
		ReportRef ref = new ReportRef(report.id(), report.number());
		String reason = request.reason().strip();
		UUID incidentId = null;
		if (request.decision() == TriageOutcome.INCIDENT) {
			if (request.incidentId() != null) {
				incidentId = request.incidentId();
				if (linked != null && !linked.equals(incidentId)) {
					incidents.detach(by, linked, report.id(), reason);
				}
				incidents.attach(by, incidentId, ref, reason);
			}
			else if (linked != null) {
				// a revision that keeps the incident decision stays with the incident the
				// report is already on
				incidentId = linked;
			}
			else {
				incidentId = incidents.open(by, newIncident(report, request, reason), ref).id();
			}
		}
		else {
			if (request.decision() == TriageOutcome.DUPLICATE) {
				try {
					reports.get(by, request.duplicateOf());
				}
				catch (NotFoundException ex) {
					throw new RejectedInputException("duplicateOf", "triage.duplicateOf.unknown",
							request.duplicateOf());
				}
			}
			if (linked != null) {
				incidents.detach(by, linked, report.id(), reason);
			}
		}
		Triage.Decision decision = Triage.Decision.of(request.decision(), reason, by.id(), by.displayName(), now,
				incidentId, request.decision() == TriageOutcome.DUPLICATE ? request.duplicateOf() : null,
				request.urgency(), request.severity(),
				request.decision() == TriageOutcome.NOT_INCIDENT ? request.warning() : null);
		if (decision.warning() != null && sendWarning(by, report, decision.warning(), now) > 0) {
			decision = decision.warningQueuedAt(now);
		}
		triage.decide(decision);
		return incidentId;
	}

	/**
	 * The incident takes the report's category, assets and times. Became-aware (知った時)
	 * defaults to the receipt of the report: legal clocks run from the earliest moment
	 * the organisation knew, so erring early is the safe side.
	 */
	private static NewIncident newIncident(ReportView report, TriageRequest request, String reason) {
		String title = request.title() == null || request.title().isBlank() ? report.summary() : request.title();
		List<UUID> assets = report.affectedPlaces()
			.stream()
			.map(AffectedPlace::assetId)
			.filter(java.util.Objects::nonNull)
			.toList();
		return NewIncident.of(title, report.category(), request.urgency(), request.severity())
			.withAssets(assets)
			.withOccurredFrom(report.occurredFrom())
			.withOccurredTo(report.occurredTo())
			.withDetectedAt(report.detectedAt())
			.withReceivedAt(report.receivedAt())
			.withBecameAwareAt(report.receivedAt())
			.because(reason);
	}

	private TriageView view(Actor by, ReportView report, Triage triage) {
		List<TriageView.DecisionView> decisions = triage.decisions()
			.stream()
			.map(d -> new TriageView.DecisionView(d.outcome(), d.reason(), d.decidedBy(), d.decidedByName(),
					d.decidedAt(), d.incidentId(), d.duplicateOf(), d.urgency(), d.severity(), d.warning(),
					d.warningSentAt()))
			.toList();
		return new TriageView(report.id(), report.number(), report.status(), report.category(), triage.facts(),
				checklists.forCategory(by.organisation(), report.category()), triage.outcome(), triage.incidentId(),
				decisions, triage.updatedAt(), triage.version());
	}

	private static void requireHandlerOrManager(Actor by) {
		if (!by.has(Role.ADMIN) && !by.has(Role.HANDLER) && !by.has(Role.MANAGER)) {
			throw new AccessDeniedException("triage is visible to handlers, managers and administrators");
		}
	}

	private void audit(Actor by, Instant now, String action, ReportView report, String summary, String decision) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("REPORT", report.id())
			.with("number", report.number())
			.with("decision", decision)
			.summary(report.number() + " " + summary)
			.at(now));
	}

}
