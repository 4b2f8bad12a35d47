package jp.hikeshi.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentActivity;
import jp.hikeshi.incident.TimelineEntry;
import jp.hikeshi.incident.TimelineKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the work other modules attached to an incident into its handling log, after
 * their commit: the reaction that was a direct call into the incident module before (the
 * intake attaching alerts).
 */
@Component
class ActivityLog {

	private final TimelineRecords timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActivityLog(TimelineRecords timeline, ApplicationEventPublisher events, Clock clock) {
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(IncidentActivity activity) {
		Actor by = new Actor(activity.actorId(), null, activity.actorName(), activity.organisation(), Set.of(),
				Locale.JAPANESE);
		Instant now = Instant.now(clock);
		TimelineEntry entry = timeline.append(activity.organisation(), activity.incidentId(), TimelineKind.LOG, "NOTE",
				activity.occurredAt(), now, by, null, activity.logPhrase());
		events.publishEvent(AuditEvent.bySystem(activity.organisation())
			.did("INCIDENT_TIMELINE_ADDED")
			.on("INCIDENT", activity.incidentId())
			.with("number", timeline.numberOf(activity.incidentId()))
			.with("kind", "#timeline.kind." + entry.kind())
			.summary(activity.getClass().getSimpleName() + " " + entry.text())
			.at(now));
	}

}
