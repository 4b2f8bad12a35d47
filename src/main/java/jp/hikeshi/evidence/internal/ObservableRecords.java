package jp.hikeshi.evidence.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.evidence.ObservableSighting;
import jp.hikeshi.evidence.ObservableType;
import jp.hikeshi.evidence.ObservableView;
import jp.hikeshi.evidence.Tlp;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored observables: one row per organisation, type and normal value, linked to the
 * incidents and evidence items it was seen in.
 */
@Repository
public class ObservableRecords {

	/** An incident other than the one asked about that shares the observable. */
	public record Elsewhere(UUID observableId, UUID incidentId) {
	}

	/** An observable kept for an evidence item, with the item's number. */
	public record KeptForEvidence(UUID observableId, String evidenceNumber) {
	}

	private final JdbcClient jdbc;

	ObservableRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The TLP the observable carries, when it is known. */
	public Optional<Tlp> tlp(OrganisationId organisation, ObservableType type, String value) {
		return jdbc.sql("SELECT tlp FROM observable WHERE organisation_id = ? AND type = ? AND indicator = ?")
			.params(organisation.value(), type.name(), value)
			.query(String.class)
			.optional()
			.map(Tlp::valueOf);
	}

	public void changeTlp(OrganisationId organisation, ObservableType type, String value, Tlp tlp) {
		jdbc.sql("UPDATE observable SET tlp = ? WHERE organisation_id = ? AND type = ? AND indicator = ?")
			.params(tlp.name(), organisation.value(), type.name(), value)
			.update();
	}

	/**
	 * The observable's id, stored now if it is new (TLP and tags then as given); either
	 * way last seen now.
	 */
	public UUID upsert(OrganisationId organisation, ObservableType type, String value, Tlp tlp, String tags,
			Instant at) {
		OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO observable (id, organisation_id, type, indicator, tlp, first_seen, last_seen, tags)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), organisation.value(), type.name(), value, tlp.name(), now, now, tags)
			.update();
		UUID id = jdbc.sql("SELECT id FROM observable WHERE organisation_id = ? AND type = ? AND indicator = ?")
			.params(organisation.value(), type.name(), value)
			.query(UUID.class)
			.single();
		jdbc.sql("UPDATE observable SET last_seen = ? WHERE id = ?").params(now, id).update();
		return id;
	}

	/** Links the observable to the incident unless it is linked already. */
	public void linkToIncident(UUID incidentId, UUID observableId, String source, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO incident_observable (incident_id, observable_id, source, added_by, added_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(incidentId, observableId, source, by, at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Keeps the observable for an evidence item that has no incident yet. */
	public void keepForEvidence(UUID evidenceId, UUID observableId) {
		jdbc.sql("INSERT INTO evidence_observable (evidence_id, observable_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(evidenceId, observableId)
			.update();
	}

	/**
	 * The incident's observables by type and value, at most 2,000, each with an empty
	 * list of other incidents to fill.
	 */
	public List<ObservableView> ofIncident(UUID incidentId) {
		return jdbc.sql("""
				SELECT o.*, io.source FROM incident_observable io JOIN observable o ON o.id = io.observable_id
				WHERE io.incident_id = ? ORDER BY o.type, o.indicator LIMIT 2000""")
			.param(incidentId)
			.query((rs, n) -> new ObservableView(rs.getObject("id", UUID.class),
					ObservableType.valueOf(rs.getString("type")), rs.getString("indicator"),
					Tlp.valueOf(rs.getString("tlp")), rs.getString("tags"), rs.getString("source"),
					rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
					rs.getObject("last_seen", OffsetDateTime.class).toInstant(), new ArrayList<>()))
			.list();
	}

	/**
	 * The other incidents the observables were seen in, in the order they were linked, at
	 * most 5,000.
	 */
	public List<Elsewhere> elsewhere(Collection<UUID> observableIds, UUID incidentId) {
		return jdbc.sql("""
				SELECT io.observable_id, io.incident_id FROM incident_observable io
				WHERE io.observable_id IN (:ids) AND io.incident_id <> :incident ORDER BY io.added_at LIMIT 5000""")
			.param("ids", observableIds)
			.param("incident", incidentId)
			.query((rs, n) -> new Elsewhere(rs.getObject("observable_id", UUID.class),
					rs.getObject("incident_id", UUID.class)))
			.list();
	}

	/**
	 * Every incident the value was seen in, whatever its type, at most 500; the incident
	 * numbers are left empty.
	 */
	public List<ObservableSighting> sightings(OrganisationId organisation, String value) {
		return jdbc.sql("""
				SELECT o.id, o.type, o.indicator, o.tlp, io.incident_id FROM observable o
				JOIN incident_observable io ON io.observable_id = o.id
				WHERE o.organisation_id = ? AND o.indicator = ? ORDER BY io.added_at LIMIT 500""")
			.params(organisation.value(), value)
			.query((rs, n) -> new ObservableSighting(rs.getObject("id", UUID.class),
					ObservableType.valueOf(rs.getString("type")), rs.getString("indicator"),
					Tlp.valueOf(rs.getString("tlp")), rs.getObject("incident_id", UUID.class), null))
			.list();
	}

	/** The observables kept for the evidence items of a report. */
	public List<KeptForEvidence> keptForReport(OrganisationId organisation, UUID reportId) {
		return jdbc
			.sql("""
					SELECT eo.observable_id, e.number FROM evidence_observable eo JOIN evidence_item e ON e.id = eo.evidence_id
					WHERE e.report_id = ? AND e.organisation_id = ?""")
			.params(reportId, organisation.value())
			.query((rs, n) -> new KeptForEvidence(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

}
