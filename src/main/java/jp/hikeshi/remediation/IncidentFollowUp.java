package jp.hikeshi.remediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentTimeline;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every containment or recovery write does besides itself: the audit entry, a line
 * in the incident's handling log (in both languages, as the log is shared), and marking
 * the incident contained or recovered through the incident desk when the policies say so
 * — never over a time already set, by hand or before.
 */
@Component
class IncidentFollowUp {

	/**
	 * Clocks of phones and PCs drift; a step this far ahead of the server is still
	 * accepted.
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final IncidentQueries incidents;

	private final IncidentCommands incidentCommands;

	private final IncidentTimeline timeline;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentFollowUp(IncidentQueries incidents, IncidentCommands incidentCommands, IncidentTimeline timeline,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.incidents = incidents;
		this.incidentCommands = incidentCommands;
		this.timeline = timeline;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	Instant now() {
		return Instant.now(clock);
	}

	/**
	 * When a step happened: now, or an earlier time the caller gives (never in the
	 * future).
	 */
	Instant when(Instant given, Instant now) {
		if (given == null) {
			return now;
		}
		if (given.isAfter(now.plus(CLOCK_SKEW))) {
			throw new RejectedInputException("at", "remediation.at.future");
		}
		return given.isAfter(now) ? now : given;
	}

	void record(Actor by, Instant now, UUID incidentId, String action, String objectType, UUID objectId, String summary,
			String logKey, Function<Locale, Object[]> logArgs) {
		Object[] ja = logArgs.apply(Locale.JAPANESE);
		Object[] en = logArgs.apply(Locale.ENGLISH);
		events.publishEvent(AuditEvent.by(by)
			.did(action)
			.on(objectType, objectId)
			.with("step", messages.getMessage(logKey, ja, logKey, Locale.JAPANESE))
			.with("step_en", messages.getMessage(logKey, en, logKey, Locale.ENGLISH))
			.summary(summary)
			.at(now));
		timeline.log(by, incidentId, Phrase.inBoth(logKey, ja, en));
	}

	String label(String key, Locale locale) {
		return label(messages, key, locale);
	}

	Object[] containmentArgs(ContainmentView v, ContainmentStep step, Locale locale) {
		return containmentArgs(messages, v, step, locale);
	}

	static String label(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/**
	 * A containment action in words: its kind, what it names (device, target or cause)
	 * and the given step. Static so that the closing guard, which the incident desk
	 * itself needs, can use it without depending on this component.
	 */
	static Object[] containmentArgs(MessageSource messages, ContainmentView v, ContainmentStep step, Locale locale) {
		String what = switch (v.kind()) {
			case ISOLATE_DEVICE -> v.deviceName();
			case FILTER_BLOCK ->
				label(messages, "containment.target." + v.targetType(), locale) + " " + v.targetValue();
			case REMOVE_CAUSE -> v.description();
		};
		return new Object[] { label(messages, "containment.kind." + v.kind(), locale), what,
				label(messages, "containment.step." + step, locale) };
	}

	/**
	 * RES-3: sets the incident's contained time (and state) once, from the step that made
	 * it contained.
	 */
	void markContained(Actor by, UUID incidentId, Instant at) {
		IncidentView incident = incidents.get(by, incidentId);
		if (incident.containedAt() == null) {
			incidentCommands.update(by, incidentId,
					IncidentChanges.version(incident.version()).withTimes(null, null, null, at, null, null));
		}
	}

	/**
	 * RES-4: sets the incident's recovered time (and state) once, from the check that
	 * found the last item working.
	 */
	void markRecovered(Actor by, UUID incidentId, Instant at) {
		IncidentView incident = incidents.get(by, incidentId);
		if (incident.recoveredAt() == null) {
			incidentCommands.update(by, incidentId,
					IncidentChanges.version(incident.version()).withTimes(null, null, null, null, at, null));
		}
	}

}
