package jp.hikeshi.incident.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vendor organisations an incident is shared with, because they have work on it. */
@Component
public class Participants {

	private final JdbcClient jdbc;

	Participants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Shares the incident; true when it was not shared with the vendor yet. */
	public boolean add(OrganisationId organisation, UUID incidentId, UUID vendorId, Instant now) {
		return jdbc.sql("""
				INSERT INTO incident_participant (incident_id, vendor_id, organisation_id, shared_at)
				VALUES (:incident, :vendor, :org, :now) ON CONFLICT DO NOTHING""")
			.param("incident", incidentId)
			.param("vendor", vendorId)
			.param("org", organisation.value())
			.param("now", now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.update() > 0;
	}

	public boolean remove(UUID incidentId, UUID vendorId) {
		return jdbc.sql("DELETE FROM incident_participant WHERE incident_id = ? AND vendor_id = ?")
			.params(incidentId, vendorId)
			.update() > 0;
	}

	public boolean shared(UUID incidentId, UUID vendorId) {
		return jdbc.sql("SELECT COUNT(*) FROM incident_participant WHERE incident_id = ? AND vendor_id = ?")
			.params(incidentId, vendorId)
			.query(Long.class)
			.single() > 0;
	}

}
