package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.internal.QueueRecords;
import jp.hikeshi.incident.internal.TimelineRecords;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's two timelines: the handling log, written automatically by the desk and by
 * hand as notes, and the event chronology of the attack, each entry with the time it
 * happened and where that is known from.
 */
@Service
@Transactional
public class IncidentTimeline {

	/**
	 * Clocks of phones and PCs drift; an event this far ahead of the server is still
	 * accepted.
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final TimelineRecords records;

	private final QueueRecords queue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentTimeline(TimelineRecords records, QueueRecords queue, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.queue = queue;
		this.events = events;
		this.clock = clock;
	}

	/** One page of one timeline (or both, when kind is null), oldest or newest first. */
	@Transactional(readOnly = true)
	public PageOf<TimelineEntry> entries(Actor by, UUID incidentId, TimelineKind kind, boolean newestFirst,
			PageRequest page) {
		Permission.READ.demand(by);
		checkVisible(by.organisation(), incidentId);
		return records.page(incidentId, kind, newestFirst, page, LocaleContextHolder.getLocale());
	}

	/** Adds a note to the handling log, or an event to the chronology. */
	public TimelineEntry add(Actor by, UUID incidentId, TimelineInput input) {
		Permission.READ.demand(by);
		String number = checkVisible(by.organisation(), incidentId);
		Permission.CHANGE.demand(by);
		Instant now = Instant.now(clock);
		Instant occurredAt = now;
		if (input.kind() == TimelineKind.EVENT) {
			if (input.occurredAt() == null) {
				throw new RejectedInputException("occurredAt", "timeline.occurredAt.required");
			}
			if (input.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
				throw new RejectedInputException("occurredAt", "timeline.occurredAt.future");
			}
			occurredAt = input.occurredAt();
		}
		TimelineEntry entry = records.append(by.organisation(), incidentId, input.kind(),
				input.kind() == TimelineKind.EVENT ? "EVENT" : "NOTE", occurredAt, now, by, blank(input.source()),
				input.text().strip());
		return audited(by, incidentId, number, entry, now);
	}

	/**
	 * Writes a line of the handling log in the system's words: kept as a message key and
	 * its arguments, so that each reader sees it in their own language.
	 */
	public TimelineEntry log(Actor by, UUID incidentId, Phrase phrase) {
		Permission.READ.demand(by);
		String number = checkVisible(by.organisation(), incidentId);
		Permission.CHANGE.demand(by);
		Instant now = Instant.now(clock);
		return audited(by, incidentId, number,
				records.append(by.organisation(), incidentId, TimelineKind.LOG, "NOTE", now, now, by, null, phrase),
				now);
	}

	private TimelineEntry audited(Actor by, UUID incidentId, String number, TimelineEntry entry, Instant now) {
		events.publishEvent(AuditEvent.by(by)
			.did("INCIDENT_TIMELINE_ADDED")
			.on("INCIDENT", incidentId)
			.with("number", number)
			.with("kind", "#timeline.kind." + entry.kind())
			.summary(number + " " + entry.kind() + " " + entry.text())
			.at(now));
		return entry;
	}

	private String checkVisible(OrganisationId organisation, UUID incidentId) {
		return queue.numberOf(organisation, incidentId)
			.orElseThrow(() -> new NotFoundException("incident", incidentId));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
