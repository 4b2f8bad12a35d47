package jp.hikeshi.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.evidence.internal.ObservablePaste;
import jp.hikeshi.evidence.internal.ObservableRecords;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.shared.ConflictingInputException;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observables (IOCs) of incidents, normalised so that the same indicator is recognised
 * across incidents.
 */
@Service
@Transactional
public class Observables {

	private final ObservableRecords records;

	private final IncidentQueries incidents;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Observables(ObservableRecords records, IncidentQueries incidents, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.records = records;
		this.incidents = incidents;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** Adds one observable to an incident; a bad value is refused with the reason. */
	public ObservableView add(Actor by, UUID incidentId, ObservableInput input, String source) {
		return add(by, incidentId, input, source, false);
	}

	/**
	 * Adds one observable to an incident; a bad value is refused with the reason. A TLP
	 * other than the one an already known observable carries is refused as a conflict
	 * naming {@code tlp}, unless {@code changeTlp} asks to change the recorded TLP to the
	 * given one.
	 */
	public ObservableView add(Actor by, UUID incidentId, ObservableInput input, String source, boolean changeTlp) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		ObservableType type = input.type() == null ? ObservablePolicy.guess(input.value() == null ? "" : input.value())
				: input.type();
		ObservablePolicy.Result normal = ObservablePolicy.normalise(type, input.value());
		if (normal.fault() != null) {
			throw new RejectedInputException("value", normal.fault(), input.value());
		}
		Tlp kept = otherTlp(by, type, normal.value(), input.tlp());
		if (kept != null && !changeTlp) {
			throw new ConflictingInputException("tlp", "observable.tlp.conflict", kept.label(), input.tlp().label());
		}
		if (kept != null) {
			records.changeTlp(by.organisation(), type, normal.value(), input.tlp());
			events.publishEvent(AuditEvent.by(by)
				.did("OBSERVABLE_TLP_CHANGED")
				.on("INCIDENT", incidentId)
				.with("value", normal.value())
				.with("from", kept.label())
				.with("to", input.tlp().label())
				.summary(type + " " + normal.value() + " " + kept.label() + " -> " + input.tlp().label())
				.at(Instant.now(clock)));
		}
		UUID id = link(by, incidentId, type, normal.value(), input.tlp() == null ? Tlp.AMBER : input.tlp(),
				input.tags(), source);
		events.publishEvent(AuditEvent.by(by)
			.did("OBSERVABLE_ADDED")
			.on("INCIDENT", incidentId)
			.with("value", normal.value())
			.summary(type + " " + normal.value())
			.at(Instant.now(clock)));
		return forIncident(by, incidentId).stream()
			.filter(o -> o.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("observable", id));
	}

	/**
	 * Adds many observables pasted as lines: {@code value} (type guessed) or CSV
	 * {@code type,value[,tlp][,tags]} (read by {@link ObservablePaste}). Good lines are
	 * added; each bad line is reported with its number and reason.
	 */
	public BulkResult addPasted(Actor by, UUID incidentId, String pasted, String source) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		List<BulkResult.Line> refused = new ArrayList<>();
		int added = 0;
		for (ObservablePaste.Entry entry : ObservablePaste.read(pasted)) {
			ObservableInput input = entry.input();
			if (entry.fault() != null) {
				refused.add(new BulkResult.Line(entry.line(), entry.text(), text(entry.fault(), entry.text())));
				continue;
			}
			ObservableType type = input.type() == null ? ObservablePolicy.guess(input.value()) : input.type();
			ObservablePolicy.Result normal = ObservablePolicy.normalise(type, input.value());
			if (normal.fault() != null) {
				refused.add(new BulkResult.Line(entry.line(), entry.text(), text(normal.fault(), input.value())));
				continue;
			}
			Tlp kept = otherTlp(by, type, normal.value(), input.tlp());
			if (kept != null) {
				refused.add(new BulkResult.Line(entry.line(), entry.text(),
						text("observable.tlp.conflictLine", kept.label(), input.tlp().label())));
				continue;
			}
			link(by, incidentId, type, normal.value(), input.tlp() == null ? Tlp.AMBER : input.tlp(), input.tags(),
					source);
			added++;
		}
		if (added > 0) {
			events.publishEvent(AuditEvent.by(by)
				.did("OBSERVABLES_ADDED")
				.on("INCIDENT", incidentId)
				.with("count", added)
				.summary(added + " observables")
				.at(Instant.now(clock)));
		}
		return new BulkResult(added, refused);
	}

	/**
	 * Links indicators found by the system itself (e.g. in a suspicious mail); values are
	 * already normal.
	 */
	void linkFound(Actor by, UUID incidentId, Iterable<ObservablePolicy.Found> found, String source) {
		for (ObservablePolicy.Found f : found) {
			ObservablePolicy.Result normal = ObservablePolicy.normalise(f.type(), f.value());
			if (normal.fault() == null) {
				link(by, incidentId, f.type(), normal.value(), Tlp.AMBER, "mail", source);
			}
		}
	}

	@Transactional(readOnly = true)
	public List<ObservableView> forIncident(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		Map<UUID, ObservableView> result = new LinkedHashMap<>();
		records.ofIncident(incidentId).forEach(o -> result.put(o.id(), o));
		if (!result.isEmpty()) {
			records.elsewhere(result.keySet(), incidentId)
				.forEach(e -> result.get(e.observableId()).alsoSeenIn().add(seenIn(by, e.incidentId())));
		}
		return List.copyOf(result.values());
	}

	/**
	 * The incidents in which a value was seen, whatever its type; incidents the caller
	 * may not see are left out.
	 */
	@Transactional(readOnly = true)
	public List<ObservableSighting> search(Actor by, String raw) {
		ObservableType type = ObservablePolicy.guess(raw);
		ObservablePolicy.Result normal = ObservablePolicy.normalise(type, raw);
		String value = normal.fault() == null ? normal.value() : raw.strip();
		List<ObservableSighting> found = new ArrayList<>();
		for (ObservableSighting s : records.sightings(by.organisation(), value)) {
			ObservableView.SeenIn seen = seenIn(by, s.incidentId());
			if (seen.number() != null) {
				found.add(
						new ObservableSighting(s.id(), s.type(), s.value(), s.tlp(), seen.incidentId(), seen.number()));
			}
		}
		return found;
	}

	private ObservableView.SeenIn seenIn(Actor by, UUID incidentId) {
		try {
			return new ObservableView.SeenIn(incidentId, incidents.get(by, incidentId).number());
		}
		catch (NotFoundException ex) {
			return new ObservableView.SeenIn(incidentId, null);
		}
	}

	/**
	 * The TLP a known observable carries when the caller asks for another one; null when
	 * new, unasked or equal.
	 */
	private Tlp otherTlp(Actor by, ObservableType type, String value, Tlp requested) {
		if (requested == null) {
			return null;
		}
		return records.tlp(by.organisation(), type, value).filter(kept -> kept != requested).orElse(null);
	}

	private UUID link(Actor by, UUID incidentId, ObservableType type, String value, Tlp tlp, String tags,
			String source) {
		UUID id = records.upsert(by.organisation(), type, value, tlp, tags, Instant.now(clock));
		records.linkToIncident(incidentId, id, source, by.username(), Instant.now(clock));
		return id;
	}

	/**
	 * Keeps the indicators found in an item that belongs to a report (no incident yet);
	 * they join the incident's observables when the report is linked to one.
	 */
	void keepFound(Actor by, UUID evidenceId, Iterable<ObservablePolicy.Found> found) {
		for (ObservablePolicy.Found f : found) {
			ObservablePolicy.Result normal = ObservablePolicy.normalise(f.type(), f.value());
			if (normal.fault() == null) {
				UUID id = records.upsert(by.organisation(), f.type(), normal.value(), Tlp.AMBER, "mail",
						Instant.now(clock));
				records.keepForEvidence(evidenceId, id);
			}
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
