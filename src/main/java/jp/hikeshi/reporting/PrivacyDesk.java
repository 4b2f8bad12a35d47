package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.internal.AssessmentRecords;
import jp.hikeshi.reporting.internal.ReportingProperties;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The APPI assessment of incidents and the legal clocks that follow from it (REP-3): each
 * change is a new revision, and recomputes the deadlines.
 */
@Service
@Transactional
public class PrivacyDesk {

	private final AssessmentRecords records;

	private final OutsideBodies bodies;

	private final IncidentQueries incidents;

	private final IncidentCommands incidentCommands;

	private final LegalClock legalClock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int reminderDaysBefore;

	PrivacyDesk(AssessmentRecords records, OutsideBodies bodies, IncidentQueries incidents,
			IncidentCommands incidentCommands, LegalClock legalClock, ApplicationEventPublisher events, Clock clock,
			ReportingProperties settings) {
		this.records = records;
		this.bodies = bodies;
		this.incidents = incidents;
		this.incidentCommands = incidentCommands;
		this.legalClock = legalClock;
		this.events = events;
		this.clock = clock;
		this.reminderDaysBefore = settings.reminderDaysBefore();
	}

	@Transactional(readOnly = true)
	public Optional<PrivacyAssessmentView> assessment(Actor by, UUID incidentId) {
		IncidentView incident = incidents.get(by, incidentId);
		List<AssessmentRecords.Row> history = records.history(incidentId);
		return history.isEmpty() ? Optional.empty() : Optional.of(view(by, incident, history));
	}

	/**
	 * Records a new revision of the assessment; {@code expectedRevision}, when given,
	 * must be the current one. Without a 知った時 the incident's is taken (or, while the
	 * incident has none, the current revision's); with {@code alsoChangeIncident} a
	 * different one is written to the incident too.
	 */
	public PrivacyAssessmentView assess(Actor by, UUID incidentId, PrivacyFacts given, Integer expectedRevision) {
		Permission.CHANGE.demand(by);
		IncidentView incident = incidents.get(by, incidentId);
		PrivacyFacts facts = given.becameAwareAt() != null ? given
				: given.awareAt(incident.becameAwareAt() != null ? incident.becameAwareAt()
						: records.latest(incidentId).map(AssessmentRecords.Row::becameAwareAt).orElse(null));
		check(by, facts);
		int revision = records.nextRevision(incidentId);
		if (expectedRevision != null && expectedRevision != revision - 1) {
			throw new org.springframework.dao.OptimisticLockingFailureException("assessment of " + incidentId
					+ " is at revision " + (revision - 1) + ", the change was made on " + expectedRevision);
		}
		Instant aware = facts.becameAwareAt().truncatedTo(ChronoUnit.MICROS);
		if (facts.alsoChangeIncident() && !aware.equals(incident.becameAwareAt())) {
			incident = incidentCommands.update(by, incidentId,
					IncidentChanges.version(incident.version())
						.withTimes(null, null, null, null, null, aware)
						.because("APPI assessment / 個人情報の評価"));
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		boolean publicBody = records.publicBody(by.organisation().value());
		AppiDecision decision = AppiThresholds.decide(facts, publicBody);
		LegalDeadlines d = legalClock.deadlines(aware, facts.unauthorisedPurpose());
		UUID org = by.organisation().value();
		records.insert(new AssessmentRecords.Row(org, incidentId, revision, facts.personalInformation(),
				facts.sensitive(), facts.financial(), facts.myNumber(), facts.otherKinds(), facts.personsExact(),
				facts.personsMin(), facts.personsMax(), facts.unauthorisedPurpose(), facts.stronglyEncrypted(),
				facts.outsourcing().name(), publicBody, aware, blank(facts.notes()), decision.ppcReportRequired(),
				decision.noticeRequired(), decision.rulesCode(), d.preliminaryWarnAt(), d.preliminaryDueAt(),
				d.finalDueAt(), by.id(), by.displayName(), now, facts.counterpartBody(), facts.jointReport(),
				incident.becameAwareAt()));
		records.replaceDeadlines(incidentId,
				OutsourcingObligations.of(facts, decision, d, reminderDaysBefore)
					.stream()
					.map(o -> new AssessmentRecords.Deadline(org, incidentId, o.kind().name(), o.required(), o.rule(),
							o.warnAt(), o.due(), null, o.releasedBy() == null ? null : o.releasedBy().name(), null))
					.toList());
		records.deadlines(incidentId)
			.stream()
			.filter(x -> ObligationKind.NOTIFY_PRINCIPAL.name().equals(x.kind()))
			.map(AssessmentRecords.Deadline::metAt)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.ifPresent(at -> records.release(incidentId, ObligationKind.NOTIFY_PRINCIPAL.name(), at));
		String rule = decision.rulesCode();
		events.publishEvent(AuditEvent.by(by)
			.did("PRIVACY_ASSESSED")
			.on("INCIDENT", incidentId)
			.with("revision", revision)
			.with("ppc", decision.ppcReportRequired() ? "#audit.word.required" : "#audit.word.notRequired")
			.summary("revision " + revision + " ppc=" + decision.ppcReportRequired() + " rules=" + rule
					+ " outsourcing=" + facts.outsourcing())
			.at(now));
		events.publishEvent(new PrivacyAssessed(by.organisation(), incidentId, revision, decision.ppcReportRequired()));
		return view(by, incident, records.history(incidentId));
	}

	/**
	 * Answers the question asked when the incident's 知った時 changed: follow it (the clocks
	 * count from it from now on) or keep the assessment's; either way a revision records
	 * the answer.
	 */
	public PrivacyAssessmentView answerBecameAwareQuestion(Actor by, UUID incidentId, boolean follow) {
		PrivacyAssessmentView current = assessment(by, incidentId)
			.orElseThrow(() -> new jp.hikeshi.shared.NotFoundException("privacy assessment", incidentId));
		PrivacyFacts facts = follow ? current.facts().awareAt(current.incidentBecameAwareAt()) : current.facts();
		return assess(by, incidentId, facts, current.revision());
	}

	@Transactional(readOnly = true)
	public List<ObligationView> obligations(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		Instant now = Instant.now(clock);
		return records.deadlines(incidentId).stream().map(d -> obligation(d, now)).toList();
	}

	/**
	 * The deadline board: every open legal obligation of the organisation, the one due
	 * first on top.
	 */
	@Transactional(readOnly = true)
	public PageOf<DeadlineEntry> deadlines(Actor by, PageRequest page) {
		Permission.READ.demand(by);
		Instant now = Instant.now(clock);
		UUID org = by.organisation().value();
		List<DeadlineEntry> items = new ArrayList<>();
		for (AssessmentRecords.Deadline d : records.open(org, page.offset(), page.size())) {
			IncidentView incident = incidents.get(by, d.incidentId());
			ObligationView o = obligation(d, now);
			items.add(new DeadlineEntry(d.incidentId(), incident.number(), incident.title(), o.kind(), o.rule(),
					o.warnAt(), o.due(), o.status()));
		}
		return new PageOf<>(items, page.page(), page.size(), records.countOpen(org));
	}

	/**
	 * Called when the notification that meets an obligation is sent; a contractor's
	 * notice to its principal releases.
	 */
	void met(UUID incidentId, ObligationKind kind, Instant at) {
		records.markMet(incidentId, kind.name(), at);
		records.release(incidentId, kind.name(), at);
	}

	private static ObligationView obligation(AssessmentRecords.Deadline d, Instant now) {
		ObligationStatus status = d.required() && d.releasedAt() != null ? ObligationStatus.RELEASED
				: ObligationView.statusAt(d.required(), d.warnAt(), d.dueAt(), d.metAt(), now);
		return new ObligationView(ObligationKind.valueOf(d.kind()), d.required(), d.rule(), d.warnAt(), d.dueAt(),
				status, d.releasedAt() != null ? null : d.metAt(),
				d.releasedBy() == null ? null : ObligationKind.valueOf(d.releasedBy()), d.releasedAt());
	}

	private void check(Actor by, PrivacyFacts facts) {
		if (facts.becameAwareAt() == null) {
			throw new RejectedInputException("becameAwareAt", "reporting.becameAwareAt.required");
		}
		if (facts.counterpartBody() != null && bodies.find(by.organisation(), facts.counterpartBody()).isEmpty()) {
			throw new RejectedInputException("counterpartBody", "reporting.counterpart.unknown",
					facts.counterpartBody());
		}
		if (facts.personsMin() != null && facts.personsMax() != null && facts.personsMin() > facts.personsMax()) {
			throw new RejectedInputException("personsMax", "reporting.persons.range");
		}
	}

	private PrivacyAssessmentView view(Actor by, IncidentView incident, List<AssessmentRecords.Row> history) {
		AssessmentRecords.Row r = history.get(0);
		PrivacyFacts facts = new PrivacyFacts(r.personalInfo(), r.sensitive(), r.financial(), r.myNumber(),
				r.otherKinds(), r.personsExact(), r.personsMin(), r.personsMax(), r.unauthorisedPurpose(),
				r.stronglyEncrypted(), Outsourcing.valueOf(r.outsourcing()), r.becameAwareAt(), r.notes(),
				r.counterpartBody(), r.jointReport(), false);
		String counterpart = r.counterpartBody() == null ? null
				: bodies.find(by.organisation(), r.counterpartBody())
					.map(b -> b.name(LocaleContextHolder.getLocale()))
					.orElse(r.counterpartBody());
		AppiDecision decision = AppiDecision.fromCode(r.ppcReportRequired(), r.noticeRequired(), r.rules());
		LegalDeadlines deadlines = new LegalDeadlines(r.preliminaryWarnAt(), r.preliminaryDueAt(), r.finalDueAt(),
				r.unauthorisedPurpose() ? LegalClock.FINAL_DAYS_UNAUTHORISED_PURPOSE : LegalClock.FINAL_DAYS);
		List<PrivacyAssessmentView.Revision> revisions = history.stream()
			.map(h -> new PrivacyAssessmentView.Revision(h.revision(), h.ppcReportRequired(), h.noticeRequired(),
					h.rules(), h.becameAwareAt(), h.preliminaryDueAt(), h.finalDueAt(), h.assessedByName(),
					h.assessedAt()))
			.toList();
		return new PrivacyAssessmentView(r.incidentId(), r.revision(), facts, r.publicBody(), decision, deadlines,
				r.assessedByName(), r.assessedAt(), revisions, incident.becameAwareAt(), question(r, incident),
				counterpart);
	}

	/**
	 * The incident's 知った時 changed since the revision, to a moment the clocks do not count
	 * from.
	 */
	private static boolean question(AssessmentRecords.Row r, IncidentView incident) {
		Instant now = incident.becameAwareAt();
		return now != null && !now.equals(r.becameAwareAt()) && !now.equals(r.incidentAwareAt());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
