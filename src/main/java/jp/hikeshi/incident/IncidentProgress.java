package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.internal.ProcessLanes;
import jp.hikeshi.incident.internal.TimelineRecords;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.Phrase;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an incident's process lanes as the work is recorded (GEN-1): forward only, never
 * over a lane a person set by hand, each move once, with a line in the handling log in
 * both languages and an audit entry by the system. Each move commits on its own and is
 * tried again when a concurrent move of the same incident got in the way.
 */
@Service
public class IncidentProgress {

	private static final int ATTEMPTS = 3;

	private final ProcessLanes lanes;

	private final TimelineRecords timeline;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IncidentProgress(ProcessLanes lanes, TimelineRecords timeline, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.lanes = lanes;
		this.timeline = timeline;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Moves the lane to the target state if it is behind it and was not set by hand;
	 * {@code reasonKey} names, in the message bundles, the work that moved it. Returns
	 * whether the lane moved (false for an unknown incident).
	 */
	public boolean advance(OrganisationId organisation, UUID incidentId, IncidentProcess process, ProcessState target,
			String reasonKey) {
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE
					.equals(transactions.execute(tx -> move(organisation, incidentId, process, target, reasonKey)));
			}
			catch (TransientDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The lanes of the incident a person set by hand, which automatic moves leave alone.
	 */
	public Set<IncidentProcess> lanesSetByHand(OrganisationId organisation, UUID incidentId) {
		return lanes.byHand(organisation, incidentId);
	}

	private boolean move(OrganisationId organisation, UUID incidentId, IncidentProcess process, ProcessState target,
			String reasonKey) {
		ProcessLanes.Lane lane = lanes.lockLane(organisation, incidentId, process).orElse(null);
		if (lane == null || lane.byHand() || !ProcessLanes.forward(lane.state(), target)
				|| !lanes.advance(organisation, incidentId, process, target)) {
			return false;
		}
		Instant now = Instant.now(clock);
		Actor system = new Actor(null, AuditEvent.SYSTEM, "Hikeshi", organisation, Set.of(), Locale.JAPANESE);
		timeline.append(organisation, incidentId, TimelineKind.LOG, "PROCESS_ADVANCED", now, now, system, null,
				Phrase.of("incident.progress.moved", Phrase.label("process." + process),
						Phrase.label("processState." + lane.state()), Phrase.label("processState." + target),
						Phrase.label(reasonKey)));
		events.publishEvent(AuditEvent.bySystem(organisation)
			.did("INCIDENT_PROCESS_ADVANCED")
			.on("INCIDENT", incidentId)
			.with("number", lane.number())
			.with("process", "#process." + process)
			.with("from", "#processState." + lane.state())
			.with("to", "#processState." + target)
			.with("reason", "#" + reasonKey)
			.summary(lane.number() + " " + process + ": " + lane.state() + " → " + target + " (" + reasonKey + ")")
			.at(now));
		return true;
	}

}
