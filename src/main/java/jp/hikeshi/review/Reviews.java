package jp.hikeshi.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentTimeline;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.response.FollowUps;
import jp.hikeshi.review.IncidentReview.Measure;
import jp.hikeshi.review.ReviewInput.MeasureInput;
import jp.hikeshi.review.internal.ReviewRecords;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads incident reviews. Each save is a new revision (kept whole, and
 * audited); each prevention measure is tracked as a follow-up task of its owner, revised
 * in place when the measure is, and cancelled when it is taken off.
 */
@Service
@Transactional
public class Reviews {

	static final int TEXT_MAX = 8000;
	static final int MEASURE_TEXT_MAX = 2000;
	static final int MEASURES_MAX = 50;

	private final ReviewRecords records;

	private final IncidentQueries incidents;

	private final IncidentTimeline timeline;

	private final FollowUps followUps;

	private final People people;

	private final Vendors vendors;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final DisplayZone zone;

	private final Clock clock;

	Reviews(ReviewRecords records, IncidentQueries incidents, IncidentTimeline timeline, FollowUps followUps,
			People people, Vendors vendors, MessageSource messages, ApplicationEventPublisher events, DisplayZone zone,
			Clock clock) {
		this.records = records;
		this.incidents = incidents;
		this.timeline = timeline;
		this.followUps = followUps;
		this.people = people;
		this.vendors = vendors;
		this.messages = messages;
		this.events = events;
		this.zone = zone;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<IncidentReview> get(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return records.find(by.organisation().value(), incidentId)
			.map(r -> new IncidentReview(r.incidentId(), r.outcome(), r.rootCause(), r.wentWell(), r.wentBadly(),
					records.measures(incidentId), r.revision(), r.reviewedBy(), r.reviewedAt()));
	}

	/**
	 * Creates or revises the review; refused (400) naming each faulty field, or (409)
	 * when written on a stale revision.
	 */
	public IncidentReview record(Actor by, UUID incidentId, ReviewInput input) {
		IncidentView incident = incidents.get(by, incidentId);
		if (!by.has(Role.ADMIN) && !by.has(Role.HANDLER)) {
			throw new AccessDeniedException("reviews are written by handlers and administrators");
		}
		UUID org = by.organisation().value();
		Optional<ReviewRecords.Stored> current = records.find(org, incidentId);
		int revision = current.map(ReviewRecords.Stored::revision).orElse(0);
		if (input.version() != null && input.version() != revision) {
			throw new OptimisticLockingFailureException(
					"review of " + incidentId + " is at revision " + revision + ", written on " + input.version());
		}
		List<FieldProblem> problems = new ArrayList<>();
		ReviewOutcome outcome = outcome(input.outcome(), problems);
		String rootCause = text("rootCause", input.rootCause(), TEXT_MAX, problems);
		String wentWell = text("wentWell", input.wentWell(), TEXT_MAX, problems);
		String wentBadly = text("wentBadly", input.wentBadly(), TEXT_MAX, problems);
		List<Measure> before = records.measures(incidentId);
		List<Measure> measures = measures(by, input.preventionMeasures(), before, problems);
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		ReviewRecords.Stored stored = new ReviewRecords.Stored(incidentId, org, outcome, rootCause, wentWell, wentBadly,
				revision + 1, by.displayName(), now);
		if (!records.save(stored, by.id(), summary(measures))) {
			throw new OptimisticLockingFailureException("review of " + incidentId + " was revised meanwhile");
		}
		List<Measure> saved = new ArrayList<>();
		for (int i = 0; i < measures.size(); i++) {
			Measure m = measures.get(i);
			UUID taskId = followUps.track(by, incidentId, new FollowUps.FollowUp(m.taskId(),
					new Bilingual(taskTitle(m.text(), Locale.JAPANESE), taskTitle(m.text(), Locale.ENGLISH)),
					new Bilingual(description(incident.number(), m.text(), Locale.JAPANESE),
							description(incident.number(), m.text(), Locale.ENGLISH)),
					new Assignee(m.ownerKind(), m.owner(), m.ownerName()), MeasureDue.endOf(m.due(), zone.zone())));
			Measure tracked = new Measure(m.id(), m.text(), m.owner(), m.ownerKind(), m.ownerName(), m.due(), taskId);
			records.saveMeasure(org, incidentId, i + 1, tracked);
			saved.add(tracked);
		}
		Set<UUID> kept = new HashSet<>(saved.stream().map(Measure::id).toList());
		for (Measure gone : before) {
			if (!kept.contains(gone.id())) {
				records.withdraw(gone.id());
				if (gone.taskId() != null) {
					followUps.withdraw(by, gone.taskId(),
							messages.getMessage("review.measure.withdrawn", null, Locale.JAPANESE));
				}
			}
		}
		timeline.log(by, incidentId,
				Phrase.of("review.timeline", revision + 1, Phrase.label("review.outcome." + outcome), saved.size()));
		events.publishEvent(AuditEvent.by(by)
			.did(revision == 0 ? "REVIEW_RECORDED" : "REVIEW_REVISED")
			.on("INCIDENT", incidentId)
			.with("number", incident.number())
			.with("revision", revision + 1)
			.with("outcome", "#review.outcome." + outcome)
			.with("count", saved.size())
			.summary(incident.number() + " revision " + (revision + 1) + " " + outcome + ", " + saved.size()
					+ " measure(s)")
			.at(now));
		events.publishEvent(new ReviewRecorded(by.organisation(), incidentId, revision + 1, outcome));
		return new IncidentReview(incidentId, outcome, rootCause, wentWell, wentBadly, saved, revision + 1,
				by.displayName(), now);
	}

	private static ReviewOutcome outcome(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem("outcome", "review.outcome.required"));
			return null;
		}
		try {
			return ReviewOutcome.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("outcome", "review.outcome.unknown", value));
			return null;
		}
	}

	private static String text(String field, String value, int max, List<FieldProblem> problems) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "validation.size.max", max));
		}
		return text;
	}

	/**
	 * The measures as they will be: a measure with an id revises that one; without, it
	 * revises the one with the same text, else it is new. Rows left wholly empty (the
	 * page's spare rows) are skipped.
	 */
	private List<Measure> measures(Actor by, List<MeasureInput> given, List<Measure> before,
			List<FieldProblem> problems) {
		List<MeasureInput> rows = given == null ? List.of()
				: given.stream().filter(m -> m != null && !m.blank()).toList();
		if (rows.size() > MEASURES_MAX) {
			problems.add(new FieldProblem("preventionMeasures", "review.measures.tooMany", MEASURES_MAX));
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
		Set<UUID> taken = new HashSet<>();
		List<Measure> measures = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			MeasureInput in = rows.get(i);
			String field = "preventionMeasures[" + i + "].";
			String text = text(field + "text", in.text(), MEASURE_TEXT_MAX, problems);
			if (text == null) {
				problems.add(new FieldProblem(field + "text", "review.measure.text.required"));
			}
			Measure earlier = in.id() != null
					? before.stream().filter(m -> m.id().equals(in.id())).findFirst().orElse(null)
					: before.stream()
						.filter(m -> !taken.contains(m.id()) && m.text().equals(text))
						.findFirst()
						.orElse(null);
			if (in.id() != null && earlier == null) {
				problems.add(new FieldProblem(field + "id", "review.measure.unknown", in.id()));
			}
			if (earlier != null && !taken.add(earlier.id())) {
				problems.add(new FieldProblem(field + "id", "review.measure.twice", earlier.id()));
			}
			Assignee owner = owner(by, in.owner(), field + "owner", problems);
			LocalDate due = MeasureDue.parse(in.due(), zone.zone()).orElse(null);
			if (due == null) {
				problems.add(new FieldProblem(field + "due", in.due() == null || in.due().isBlank()
						? "review.measure.due.required" : "review.measure.due.invalid", in.due()));
			}
			else if (due.isBefore(today) && (earlier == null || !due.equals(earlier.due()))) {
				// a measure already overdue may be resent as it is; a new or moved due
				// cannot lie in the past
				problems.add(new FieldProblem(field + "due", "review.measure.due.past", due));
			}
			if (text != null && owner != null && due != null) {
				measures.add(new Measure(earlier == null ? UUID.randomUUID() : earlier.id(), text, owner.id(),
						owner.kind(), owner.name(), due, earlier == null ? null : earlier.taskId()));
			}
		}
		return measures;
	}

	private static final Role[] OWNER_ROLES = { Role.ADMIN, Role.HANDLER, Role.MANAGER, Role.VENDOR };

	/**
	 * The roles a user needs to own a measure (to follow its task): everyone but a
	 * reporter-only account.
	 */
	public static Role[] ownerRoles() {
		return OWNER_ROLES.clone();
	}

	/**
	 * The owner: a user of the organisation who can follow tasks, else one of its
	 * vendors.
	 */
	private Assignee owner(Actor by, UUID id, String field, List<FieldProblem> problems) {
		if (id == null) {
			problems.add(new FieldProblem(field, "review.measure.owner.required"));
			return null;
		}
		Optional<Assignee> owner = people.find(by.organisation(), id, OWNER_ROLES)
			.map(p -> new Assignee(AssigneeKind.USER, p.id(), p.displayName()))
			.or(() -> vendors.find(by.organisation(), id)
				.map(v -> new Assignee(AssigneeKind.VENDOR, v.id(), v.name())));
		if (owner.isEmpty()) {
			problems.add(new FieldProblem(field, "review.measure.owner.unknown", id));
		}
		return owner.orElse(null);
	}

	private String description(String number, String text, Locale language) {
		return messages.getMessage("review.measure.taskDescription", new Object[] { number, text }, language);
	}

	private String taskTitle(String text, Locale language) {
		String title = messages.getMessage("review.measure.taskTitle", new Object[] { text }, language);
		return title.length() <= 300 ? title : title.substring(0, 299) + "…";
	}

	private static String summary(List<Measure> measures) {
		StringBuilder b = new StringBuilder();
		for (Measure m : measures) {
			b.append("- ")
				.append(m.text())
				.append(" / ")
				.append(m.ownerName())
				.append(" / ")
				.append(m.due())
				.append('\n');
		}
		String text = b.toString();
		return text.length() <= 16000 ? text : text.substring(0, 16000);
	}

}
