package jp.hikeshi.triage.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.triage.Facts;
import jp.hikeshi.triage.Finding;
import jp.hikeshi.triage.TriageOutcome;
import jp.hikeshi.triage.Warning;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The triage of one report: the facts as last recorded and every decision in the order it
 * was made.
 */
@Table("triage")
public class Triage {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final UUID reportId;

	private Finding damage;

	private String impact;

	private Finding ongoing;

	private TriageOutcome outcome;

	private UUID incidentId;

	private Instant updatedAt;

	@Version
	private Long version;

	@MappedCollection(idColumn = "triage", keyColumn = "item_index")
	private final List<Consultation> consultations;

	@MappedCollection(idColumn = "triage", keyColumn = "item_index")
	private final List<CheckAnswer> checks;

	@MappedCollection(idColumn = "triage", keyColumn = "item_index")
	private final List<Decision> decisions;

	@PersistenceCreator
	Triage(UUID id, UUID organisationId, UUID reportId, Finding damage, String impact, Finding ongoing,
			TriageOutcome outcome, UUID incidentId, Instant updatedAt, Long version, List<Consultation> consultations,
			List<CheckAnswer> checks, List<Decision> decisions) {
		this.id = id;
		this.organisationId = organisationId;
		this.reportId = reportId;
		this.damage = damage;
		this.impact = impact;
		this.ongoing = ongoing;
		this.outcome = outcome;
		this.incidentId = incidentId;
		this.updatedAt = updatedAt;
		this.version = version;
		this.consultations = consultations == null ? new ArrayList<>() : new ArrayList<>(consultations);
		this.checks = checks == null ? new ArrayList<>() : new ArrayList<>(checks);
		this.decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
	}

	public static Triage begin(OrganisationId organisation, UUID reportId, Instant now) {
		return new Triage(UUID.randomUUID(), organisation.value(), reportId, Finding.UNKNOWN, null, Finding.UNKNOWN,
				null, null, micros(now), null, List.of(), List.of(), List.of());
	}

	/** Replaces the recorded facts with what fact-finding now knows (TRI-1). */
	public void recordFacts(Facts facts, Instant now) {
		damage = facts.damage();
		impact = blank(facts.impact());
		ongoing = facts.ongoing();
		consultations.clear();
		facts.consultations()
			.forEach(c -> consultations
				.add(new Consultation(c.organisation().strip(), blank(c.response()), micros(c.consultedAt()))));
		checks.clear();
		facts.checks()
			.forEach(c -> checks.add(new CheckAnswer(c.code(), blank(c.answer()), blank(c.requestedTo()),
					micros(c.requestedAt()), micros(c.answeredAt()))));
		updatedAt = micros(now);
	}

	/** Adds a decision; an earlier one stays in the history, superseded (TRI-2). */
	public void decide(Decision decision) {
		decisions.add(decision);
		outcome = decision.outcome();
		incidentId = decision.incidentId();
		updatedAt = decision.decidedAt();
	}

	public Optional<Decision> current() {
		return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
	}

	public Facts facts() {
		return new Facts(damage, impact, ongoing,
				consultations.stream()
					.map(c -> new Facts.Consultation(c.organisationName(), c.response(), c.consultedAt()))
					.toList(),
				checks.stream()
					.map(c -> new Facts.CheckAnswer(c.code(), c.answer(), c.requestedTo(), c.requestedAt(),
							c.answeredAt()))
					.toList());
	}

	static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public UUID reportId() {
		return reportId;
	}

	public TriageOutcome outcome() {
		return outcome;
	}

	public UUID incidentId() {
		return incidentId;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public boolean isNew() {
		return version == null;
	}

	public List<Decision> decisions() {
		return List.copyOf(decisions);
	}

	@Table("triage_consultation")
	record Consultation(String organisationName, String response, Instant consultedAt) {
	}

	@Table("triage_check_answer")
	record CheckAnswer(String code, String answer, String requestedTo, Instant requestedAt, Instant answeredAt) {
	}

	/** One decision as recorded; warning recipients are kept one per line. */
	@Table("triage_decision")
	public record Decision(TriageOutcome outcome, String reason, UUID decidedBy, String decidedByName,
			Instant decidedAt, UUID incidentId, UUID duplicateOf, Urgency urgency, String severity,
			String warningRecipients, String warningText, Instant warningSentAt) {

		public static Decision of(TriageOutcome outcome, String reason, UUID decidedBy, String decidedByName,
				Instant at, UUID incidentId, UUID duplicateOf, Urgency urgency, String severity, Warning warning) {
			boolean warns = warning != null && warning.text() != null && !warning.text().isBlank();
			return new Decision(outcome, reason.strip(), decidedBy, decidedByName, micros(at), incidentId, duplicateOf,
					urgency, severity, warns ? String.join("\n", warning.recipients()) : null,
					warns ? warning.text().strip() : null, null);
		}

		/** The same decision, noting when its warning was handed to the e-mail outbox. */
		public Decision warningQueuedAt(Instant at) {
			return new Decision(outcome, reason, decidedBy, decidedByName, decidedAt, incidentId, duplicateOf, urgency,
					severity, warningRecipients, warningText, micros(at));
		}

		public Warning warning() {
			return warningText == null ? null : new Warning(List.of(warningRecipients.split("\n")), warningText);
		}
	}

}
