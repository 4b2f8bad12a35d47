package jp.hikeshi.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.intake.internal.Alert;
import jp.hikeshi.intake.internal.AlertQueries;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert queue (DET-2): lists alerts by lane with capped counts, and lets the desk
 * promote alerts to a report, attach them to an existing incident or dismiss them with a
 * reason, one at a time or in bulk.
 */
@Service
@Transactional
public class AlertQueue {

	public static final int MAX_BULK = 100;

	private final AlertQueries queries;

	private final ReportDesk desk;

	private final IncidentQueries incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertQueue(AlertQueries queries, ReportDesk desk, IncidentQueries incidents, ApplicationEventPublisher events,
			Clock clock) {
		this.queries = queries;
		this.desk = desk;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageOf<AlertLine> page(Actor actor, AlertFilter filter, PageRequest page) {
		return queries.page(actor.organisation(), filter, page);
	}

	/**
	 * The queue page as the desk sees it: one page of the lane and every lane's count,
	 * read together.
	 */
	@Transactional(readOnly = true)
	public Lanes lanes(Actor actor, AlertFilter filter, PageRequest page) {
		AlertCounts counts = queries.counts(actor.organisation(), filter);
		return new Lanes(queries.page(actor.organisation(), filter, page, counts.of(filter.lane())), counts);
	}

	/** A page of one lane with the counts of all lanes. */
	public record Lanes(PageOf<AlertLine> alerts, AlertCounts counts) {
	}

	@Transactional(readOnly = true)
	public AlertCounts counts(Actor actor, AlertFilter filter) {
		return queries.counts(actor.organisation(), filter);
	}

	@Transactional(readOnly = true)
	public AlertView get(Actor actor, UUID id) {
		return queries.view(actor.organisation(), id).orElseThrow(() -> new NotFoundException("alert", id));
	}

	/**
	 * Files one report (channel MONITORING) covering the given alerts and marks them
	 * promoted. The summary defaults to the first alert's title; the category to OTHER.
	 */
	public AlertDecision promote(Actor actor, List<UUID> ids, String category, String summary) {
		List<Alert> alerts = loadNew(actor, ids);
		Instant now = Instant.now(clock);
		Alert first = alerts.get(0);
		Instant detected = alerts.stream().map(Alert::occurredAt).min(Comparator.naturalOrder()).orElse(now);
		String sources = alerts.stream().map(Alert::source).distinct().collect(Collectors.joining(", "));
		ReportView report = desk.file(actor,
				new ReportSubmission(detected.isAfter(now) ? now : detected, now, null, null, cut(sources, 200),
						cut(first.source() + " " + first.sourceRef(), 200), null, null, null, cut(sources, 500),
						List.of(), category == null || category.isBlank() ? "OTHER" : category, Channel.MONITORING,
						cut(summary == null || summary.isBlank() ? first.title() : summary.strip(), 200),
						describe(alerts)));
		for (Alert alert : alerts) {
			alert.promoteTo(report.id(), actor.displayName(), now);
			queries.saveDecision(alert);
		}
		List<UUID> moved = alerts.stream().map(Alert::id).toList();
		audit(actor, now, "ALERTS_PROMOTED", report.number() + " ← " + moved.size() + " alerts", report.number(),
				moved.size());
		return new AlertDecision(report.id(), report.number(), moved);
	}

	/**
	 * Attaches the given new alerts to an existing, not yet closed incident instead of
	 * filing a report (DET-2): the alerts move to the ATTACHED lane and name the
	 * incident, and the incident's handling log lists them.
	 */
	public AlertDecision attach(Actor actor, List<UUID> ids, UUID incidentId) {
		if (incidentId == null) {
			throw new RejectedInputException("incidentId", "alert.incident.required");
		}
		List<Alert> alerts = loadNew(actor, ids);
		IncidentView incident;
		try {
			incident = incidents.get(actor, incidentId);
		}
		catch (NotFoundException unknown) {
			throw new RejectedInputException("incidentId", "alert.incident.unknown", incidentId);
		}
		if (!incident.state().isOpen()) {
			throw new RejectedInputException("incidentId", "alert.incident.closed", incident.number());
		}
		Instant now = Instant.now(clock);
		for (Alert alert : alerts) {
			alert.attachTo(incident.id(), incident.number(), actor.displayName(), now);
			queries.saveDecision(alert);
		}
		List<UUID> moved = alerts.stream().map(Alert::id).toList();
		audit(actor, now, "ALERTS_ATTACHED", incident.number() + " ← " + moved.size() + " alerts", incident.number(),
				moved.size());
		// the incident's handling log lists them after the commit, written by the
		// incident module itself
		events.publishEvent(new AlertsAttached(actor.organisation(), incident.id(), moved, now, actor.id(),
				actor.displayName(), Phrase.of("alert.attached.log", alerts.size(), cut(describe(alerts), 3000))));
		return new AlertDecision(null, null, moved, incident.id(), incident.number());
	}

	/**
	 * The id of the incident with the given number, for forms where people type the
	 * number.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> incidentByNumber(Actor actor, String number) {
		return incidents.idOf(actor, number);
	}

	public AlertDecision dismiss(Actor actor, List<UUID> ids, String reason) {
		List<Alert> alerts = loadNew(actor, ids);
		Instant now = Instant.now(clock);
		for (Alert alert : alerts) {
			alert.dismiss(reason, actor.displayName(), now);
			queries.saveDecision(alert);
		}
		List<UUID> moved = alerts.stream().map(Alert::id).toList();
		audit(actor, now, "ALERTS_DISMISSED", moved.size() + " alerts: " + reason.strip(), cut(reason.strip(), 500),
				moved.size());
		return new AlertDecision(null, null, moved);
	}

	private List<Alert> loadNew(Actor actor, List<UUID> requested) {
		List<UUID> ids = requested == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(requested));
		ids.remove(null);
		if (ids.isEmpty()) {
			throw new RejectedInputException("alertIds", "alert.ids.required");
		}
		if (ids.size() > MAX_BULK) {
			throw new RejectedInputException("alertIds", "alert.ids.tooMany", MAX_BULK);
		}
		Map<UUID, Alert> found = queries.load(actor.organisation(), ids);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Alert alert = found.get(ids.get(i));
			if (alert == null) {
				problems.add(new FieldProblem("alertIds[" + i + "]", "alert.unknown", ids.get(i)));
			}
			else if (alert.state() != AlertState.NEW) {
				problems.add(new FieldProblem("alertIds[" + i + "]", "alert.alreadyDecided", alert.sourceRef(),
						alert.state().name()));
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		return ids.stream().map(found::get).toList();
	}

	/**
	 * The report's description lists every alert with its clues, so the report stands on
	 * its own.
	 */
	private static String describe(List<Alert> alerts) {
		StringBuilder text = new StringBuilder();
		for (Alert a : alerts) {
			text.append('[')
				.append(a.severity())
				.append("] ")
				.append(a.source())
				.append(' ')
				.append(a.sourceRef())
				.append(": ")
				.append(a.title())
				.append(" (×")
				.append(a.seenCount())
				.append(", ")
				.append(a.firstSeenAt())
				.append(" – ")
				.append(a.lastSeenAt())
				.append(")\n");
			a.observables()
				.forEach(o -> text.append("  ").append(o.type()).append(": ").append(o.value()).append('\n'));
		}
		return cut(text.toString().strip(), 20000);
	}

	/** {@code target} is the report or incident number, or the reason of a dismissal. */
	private void audit(Actor actor, Instant now, String action, String summary, String target, int count) {
		events.publishEvent(AuditEvent.by(actor.organisation(), actor.username(), actor.id())
			.did(action)
			.on("ALERT", null)
			.with("target", target)
			.with("count", count)
			.summary(cut(summary, 500))
			.at(now));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
