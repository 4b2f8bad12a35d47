package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentDesk;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.internal.AssessmentRecords;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The APPI assessment of incidents and the legal clocks that follow from it (REP-3): each change is a new revision,
 * and recomputes the deadlines.
 */
@Service
@Transactional
public class PrivacyDesk {

	private final AssessmentRecords records;
	private final IncidentDesk incidents;
	private final LegalClock legalClock;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int reminderDaysBefore;

	PrivacyDesk(AssessmentRecords records, IncidentDesk incidents, LegalClock legalClock, ApplicationEventPublisher events,
			Clock clock, @Value("${hikeshi.reporting.reminder-days-before:3}") int reminderDaysBefore) {
		this.records = records;
		this.incidents = incidents;
		this.legalClock = legalClock;
		this.events = events;
		this.clock = clock;
		this.reminderDaysBefore = reminderDaysBefore;
	}

	@Transactional(readOnly = true)
	public Optional<PrivacyAssessmentView> assessment(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		List<AssessmentRecords.Row> history = records.history(incidentId);
		return history.isEmpty() ? Optional.empty() : Optional.of(view(history));
	}

	/** Records a new revision of the assessment; {@code expectedRevision}, when given, must be the current one. */
	public PrivacyAssessmentView assess(Actor by, UUID incidentId, PrivacyFacts facts, Integer expectedRevision) {
		ReportingAccess.edit(by);
		incidents.get(by, incidentId);
		check(facts);
		int revision = records.nextRevision(incidentId);
		if (expectedRevision != null && expectedRevision != revision - 1) {
			throw new org.springframework.dao.OptimisticLockingFailureException("assessment of " + incidentId
					+ " is at revision " + (revision - 1) + ", the change was made on " + expectedRevision);
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		boolean publicBody = records.publicBody(by.organisation().value());
		AppiDecision decision = AppiThresholds.decide(facts, publicBody);
		LegalDeadlines d = legalClock.deadlines(facts.becameAwareAt(), facts.unauthorisedPurpose());
		UUID org = by.organisation().value();
		records.insert(new AssessmentRecords.Row(org, incidentId, revision, facts.personalInformation(), facts.sensitive(),
				facts.financial(), facts.myNumber(), facts.otherKinds(), facts.personsExact(), facts.personsMin(),
				facts.personsMax(), facts.unauthorisedPurpose(), facts.stronglyEncrypted(), facts.outsourcing().name(),
				publicBody, facts.becameAwareAt().truncatedTo(ChronoUnit.MICROS), blank(facts.notes()),
				decision.ppcReportRequired(), decision.noticeRequired(), decision.rulesCode(), d.preliminaryWarnAt(),
				d.preliminaryDueAt(), d.finalDueAt(), by.id(), by.displayName(), now));
		String rule = decision.rulesCode();
		records.replaceDeadlines(incidentId, List.of(
				new AssessmentRecords.Deadline(org, incidentId, ObligationKind.PPC_PRELIMINARY.name(), decision.ppcReportRequired(),
						rule, d.preliminaryWarnAt(), d.preliminaryDueAt(), null),
				new AssessmentRecords.Deadline(org, incidentId, ObligationKind.PPC_FINAL.name(), decision.ppcReportRequired(),
						rule, ReminderThresholds.warnBefore(d.finalDueAt(), reminderDaysBefore), d.finalDueAt(), null),
				new AssessmentRecords.Deadline(org, incidentId, ObligationKind.NOTICE_TO_PERSONS.name(), decision.noticeRequired(),
						rule, d.preliminaryWarnAt(), d.preliminaryDueAt(), null)));
		events.publishEvent(new AuditEvent(by.organisation(), now, by.username(), by.id(), "PRIVACY_ASSESSED", "INCIDENT",
				incidentId.toString(), "revision " + revision + " ppc=" + decision.ppcReportRequired() + " rules=" + rule));
		events.publishEvent(new PrivacyAssessed(by.organisation(), incidentId, revision, decision.ppcReportRequired()));
		return view(records.history(incidentId));
	}

	@Transactional(readOnly = true)
	public List<ObligationView> obligations(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		Instant now = Instant.now(clock);
		return records.deadlines(incidentId).stream().map(d -> obligation(d, now)).toList();
	}

	/** The deadline board: every open legal obligation of the organisation, the one due first on top. */
	@Transactional(readOnly = true)
	public PageOf<DeadlineEntry> deadlines(Actor by, PageRequest page) {
		ReportingAccess.decide(by);
		Instant now = Instant.now(clock);
		UUID org = by.organisation().value();
		List<DeadlineEntry> items = new ArrayList<>();
		for (AssessmentRecords.Deadline d : records.open(org, page.offset(), page.size())) {
			IncidentView incident = incidents.get(by, d.incidentId());
			ObligationView o = obligation(d, now);
			items.add(new DeadlineEntry(d.incidentId(), incident.number(), incident.title(), o.kind(), o.rule(), o.warnAt(),
					o.due(), o.status()));
		}
		return new PageOf<>(items, page.page(), page.size(), records.countOpen(org));
	}

	/** Called when the notification that meets an obligation is sent. */
	void met(UUID incidentId, ObligationKind kind, Instant at) {
		records.markMet(incidentId, kind.name(), at);
	}

	private static ObligationView obligation(AssessmentRecords.Deadline d, Instant now) {
		return new ObligationView(ObligationKind.valueOf(d.kind()), d.required(), d.rule(), d.warnAt(), d.dueAt(),
				ObligationView.statusAt(d.required(), d.warnAt(), d.dueAt(), d.metAt(), now), d.metAt());
	}

	private static void check(PrivacyFacts facts) {
		if (facts.personsMin() != null && facts.personsMax() != null && facts.personsMin() > facts.personsMax()) {
			throw new RejectedInputException("personsMax", "reporting.persons.range");
		}
	}

	private static PrivacyAssessmentView view(List<AssessmentRecords.Row> history) {
		AssessmentRecords.Row r = history.get(0);
		PrivacyFacts facts = new PrivacyFacts(r.personalInfo(), r.sensitive(), r.financial(), r.myNumber(), r.otherKinds(),
				r.personsExact(), r.personsMin(), r.personsMax(), r.unauthorisedPurpose(), r.stronglyEncrypted(),
				Outsourcing.valueOf(r.outsourcing()), r.becameAwareAt(), r.notes());
		AppiDecision decision = AppiDecision.fromCode(r.ppcReportRequired(), r.noticeRequired(), r.rules());
		LegalDeadlines deadlines = new LegalDeadlines(r.preliminaryWarnAt(), r.preliminaryDueAt(), r.finalDueAt(),
				r.unauthorisedPurpose() ? LegalClock.FINAL_DAYS_UNAUTHORISED_PURPOSE : LegalClock.FINAL_DAYS);
		List<PrivacyAssessmentView.Revision> revisions = history.stream()
			.map(h -> new PrivacyAssessmentView.Revision(h.revision(), h.ppcReportRequired(), h.noticeRequired(), h.rules(),
					h.becameAwareAt(), h.preliminaryDueAt(), h.finalDueAt(), h.assessedByName(), h.assessedAt()))
			.toList();
		return new PrivacyAssessmentView(r.incidentId(), r.revision(), facts, r.publicBody(), decision, deadlines,
				r.assessedByName(), r.assessedAt(), revisions);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
