package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REP-5 for ransomware: the rule of no ransom payment and no negotiation is shown on the incident and in the management
 * report, and the decision is recorded with who confirmed it. There is deliberately no way to record a payment.
 */
@Service
@Transactional
public class RansomStance {

	/** The category for which the rule is shown. */
	public static final String RANSOMWARE = "RANSOMWARE";

	private final JdbcClient jdbc;
	private final IncidentQueries incidents;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RansomStance(JdbcClient jdbc, IncidentQueries incidents, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the rule applies to the incident (its category is ransomware). */
	@Transactional(readOnly = true)
	public boolean applies(Actor by, UUID incidentId) {
		return RANSOMWARE.equals(incidents.get(by, incidentId).category());
	}

	@Transactional(readOnly = true)
	public Optional<RansomDecision> decision(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return jdbc.sql("SELECT * FROM ransom_decision WHERE incident_id = :i").param("i", incidentId)
			.query((rs, n) -> new RansomDecision(incidentId, rs.getString("confirmed_by_name"),
					rs.getObject("confirmed_at", OffsetDateTime.class).toInstant(), rs.getString("note")))
			.optional();
	}

	/** Records that the responsible person confirmed the rule; confirming again keeps the first confirmation. */
	public RansomDecision confirm(Actor by, UUID incidentId, String note) {
		Permission.READ.demand(by);
		incidents.get(by, incidentId);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		int inserted = jdbc.sql("""
				INSERT INTO ransom_decision (incident_id, organisation_id, confirmed_by, confirmed_by_name, confirmed_at, note)
				VALUES (:i, :org, :by, :name, :at, :note) ON CONFLICT DO NOTHING""")
			.param("i", incidentId).param("org", by.organisation().value()).param("by", by.id())
			.param("name", by.displayName()).param("at", now.atOffset(ZoneOffset.UTC))
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.update();
		if (inserted == 1) {
			events.publishEvent(AuditEvent.by(by)
				.did("RANSOM_NOT_PAID_CONFIRMED")
				.on("INCIDENT", incidentId)
				.with("stance", "#audit.word.noRansom")
				.summary("no ransom payment, no negotiation")
				.at(now));
			events.publishEvent(new RansomStanceConfirmed(by.organisation(), incidentId));
		}
		return decision(by, incidentId).orElseThrow();
	}
}
