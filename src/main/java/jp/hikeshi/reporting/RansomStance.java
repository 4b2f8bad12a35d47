package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.reporting.internal.RansomDecisions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REP-5 for ransomware: the rule of no ransom payment and no negotiation is shown on the
 * incident and in the management report, and the decision is recorded with who confirmed
 * it. There is deliberately no way to record a payment.
 */
@Service
@Transactional
public class RansomStance {

	/** The category for which the rule is shown. */
	public static final String RANSOMWARE = "RANSOMWARE";

	private final RansomDecisions decisions;

	private final IncidentQueries incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RansomStance(RansomDecisions decisions, IncidentQueries incidents, ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
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
		return decisions.find(incidentId);
	}

	/**
	 * Records that the responsible person confirmed the rule; confirming again keeps the
	 * first confirmation.
	 */
	public RansomDecision confirm(Actor by, UUID incidentId, String note) {
		Permission.READ.demand(by);
		incidents.get(by, incidentId);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		if (decisions.confirmOnce(by, incidentId, now, note == null || note.isBlank() ? null : note.strip())) {
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
