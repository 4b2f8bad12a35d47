package jp.hikeshi.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.evidence.internal.ObservablePaste;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.shared.ConflictingInputException;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Observables (IOCs) of incidents, normalised so that the same indicator is recognised across incidents. */
@Service
@Transactional
public class Observables {

	private final JdbcClient jdbc;
	private final IncidentQueries incidents;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	Observables(JdbcClient jdbc, IncidentQueries incidents, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
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
	 * Adds one observable to an incident; a bad value is refused with the reason. A TLP other than the one an
	 * already known observable carries is refused as a conflict naming {@code tlp}, unless {@code changeTlp} asks
	 * to change the recorded TLP to the given one.
	 */
	public ObservableView add(Actor by, UUID incidentId, ObservableInput input, String source, boolean changeTlp) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		ObservableType type = input.type() == null ? ObservablePolicy.guess(input.value() == null ? "" : input.value()) : input.type();
		ObservablePolicy.Result normal = ObservablePolicy.normalise(type, input.value());
		if (normal.fault() != null) {
			throw new RejectedInputException("value", normal.fault(), input.value());
		}
		Tlp kept = otherTlp(by, type, normal.value(), input.tlp());
		if (kept != null && !changeTlp) {
			throw new ConflictingInputException("tlp", "observable.tlp.conflict", kept.label(), input.tlp().label());
		}
		if (kept != null) {
			jdbc.sql("UPDATE observable SET tlp = ? WHERE organisation_id = ? AND type = ? AND indicator = ?")
				.params(input.tlp().name(), by.organisation().value(), type.name(), normal.value())
				.update();
			events.publishEvent(AuditEvent.by(by)
				.did("OBSERVABLE_TLP_CHANGED")
				.on("INCIDENT", incidentId)
				.with("value", normal.value())
				.with("from", kept.label())
				.with("to", input.tlp().label())
				.summary(type + " " + normal.value() + " " + kept.label() + " -> " + input.tlp().label())
				.at(Instant.now(clock)));
		}
		UUID id = link(by, incidentId, type, normal.value(), input.tlp() == null ? Tlp.AMBER : input.tlp(), input.tags(), source);
		events.publishEvent(AuditEvent.by(by)
			.did("OBSERVABLE_ADDED")
			.on("INCIDENT", incidentId)
			.with("value", normal.value())
			.summary(type + " " + normal.value())
			.at(Instant.now(clock)));
		return forIncident(by, incidentId).stream().filter(o -> o.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("observable", id));
	}

	/**
	 * Adds many observables pasted as lines: {@code value} (type guessed) or CSV {@code type,value[,tlp][,tags]}
	 * (read by {@link ObservablePaste}).
	 * Good lines are added; each bad line is reported with its number and reason.
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
			link(by, incidentId, type, normal.value(), input.tlp() == null ? Tlp.AMBER : input.tlp(), input.tags(), source);
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

	/** Links indicators found by the system itself (e.g. in a suspicious mail); values are already normal. */
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
		jdbc.sql("""
				SELECT o.*, io.source FROM incident_observable io JOIN observable o ON o.id = io.observable_id
				WHERE io.incident_id = ? ORDER BY o.type, o.indicator LIMIT 2000""")
			.param(incidentId)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				result.put(id, new ObservableView(id, ObservableType.valueOf(rs.getString("type")), rs.getString("indicator"),
						Tlp.valueOf(rs.getString("tlp")), rs.getString("tags"), rs.getString("source"),
						rs.getObject("first_seen", java.time.OffsetDateTime.class).toInstant(),
						rs.getObject("last_seen", java.time.OffsetDateTime.class).toInstant(), new ArrayList<>()));
			});
		if (!result.isEmpty()) {
			jdbc.sql("""
					SELECT io.observable_id, io.incident_id FROM incident_observable io
					WHERE io.observable_id IN (:ids) AND io.incident_id <> :incident ORDER BY io.added_at LIMIT 5000""")
				.param("ids", result.keySet())
				.param("incident", incidentId)
				.query(rs -> {
					UUID other = rs.getObject("incident_id", UUID.class);
					result.get(rs.getObject("observable_id", UUID.class)).alsoSeenIn().add(seenIn(by, other));
				});
		}
		return List.copyOf(result.values());
	}

	/** The incidents in which a value was seen, whatever its type. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> search(Actor by, String raw) {
		ObservableType type = ObservablePolicy.guess(raw);
		ObservablePolicy.Result normal = ObservablePolicy.normalise(type, raw);
		String value = normal.fault() == null ? normal.value() : raw.strip();
		List<Map<String, Object>> found = new ArrayList<>();
		jdbc.sql("""
				SELECT o.id, o.type, o.indicator, o.tlp, io.incident_id FROM observable o
				JOIN incident_observable io ON io.observable_id = o.id
				WHERE o.organisation_id = ? AND o.indicator = ? ORDER BY io.added_at LIMIT 500""")
			.params(by.organisation().value(), value)
			.query(rs -> {
				ObservableView.SeenIn seen = seenIn(by, rs.getObject("incident_id", UUID.class));
				if (seen.number() != null) {
					found.add(Map.of("id", rs.getObject("id", UUID.class), "type", rs.getString("type"), "value",
							rs.getString("indicator"), "tlp", rs.getString("tlp"), "incidentId", seen.incidentId(),
							"incidentNumber", seen.number()));
				}
			});
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

	/** The TLP a known observable carries when the caller asks for another one; null when new, unasked or equal. */
	private Tlp otherTlp(Actor by, ObservableType type, String value, Tlp requested) {
		if (requested == null) {
			return null;
		}
		return jdbc.sql("SELECT tlp FROM observable WHERE organisation_id = ? AND type = ? AND indicator = ?")
			.params(by.organisation().value(), type.name(), value)
			.query(String.class)
			.optional()
			.map(Tlp::valueOf)
			.filter(kept -> kept != requested)
			.orElse(null);
	}

	private UUID link(Actor by, UUID incidentId, ObservableType type, String value, Tlp tlp, String tags, String source) {
		UUID id = upsert(by, type, value, tlp, tags);
		linkToIncident(incidentId, id, source, by.username(), Instant.now(clock).atOffset(ZoneOffset.UTC));
		return id;
	}

	private UUID upsert(Actor by, ObservableType type, String value, Tlp tlp, String tags) {
		var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO observable (id, organisation_id, type, indicator, tlp, first_seen, last_seen, tags)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), by.organisation().value(), type.name(), value, tlp.name(), now, now, tags)
			.update();
		UUID id = jdbc.sql("SELECT id FROM observable WHERE organisation_id = ? AND type = ? AND indicator = ?")
			.params(by.organisation().value(), type.name(), value)
			.query(UUID.class)
			.single();
		jdbc.sql("UPDATE observable SET last_seen = ? WHERE id = ?").params(now, id).update();
		return id;
	}

	private void linkToIncident(UUID incidentId, UUID observableId, String source, String by, java.time.OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO incident_observable (incident_id, observable_id, source, added_by, added_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(incidentId, observableId, source, by, now)
			.update();
	}

	/**
	 * Keeps the indicators found in an item that belongs to a report (no incident yet); they join the incident's
	 * observables when the report is linked to one.
	 */
	void keepFound(Actor by, UUID evidenceId, Iterable<ObservablePolicy.Found> found) {
		for (ObservablePolicy.Found f : found) {
			ObservablePolicy.Result normal = ObservablePolicy.normalise(f.type(), f.value());
			if (normal.fault() == null) {
				UUID id = upsert(by, f.type(), normal.value(), Tlp.AMBER, "mail");
				jdbc.sql("INSERT INTO evidence_observable (evidence_id, observable_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
					.params(evidenceId, id)
					.update();
			}
		}
	}

	/** The indicators of a report's evidence follow the report into the incident, in the linking transaction. */
	@org.springframework.context.event.EventListener
	void on(jp.hikeshi.incident.ReportLinked linked) {
		var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				SELECT eo.observable_id, e.number FROM evidence_observable eo JOIN evidence_item e ON e.id = eo.evidence_id
				WHERE e.report_id = ? AND e.organisation_id = ?""")
			.params(linked.reportId(), linked.organisation().value())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.list()
			.forEach(row -> linkToIncident(linked.incidentId(), (UUID) row[0], (String) row[1], linked.by(), now));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
