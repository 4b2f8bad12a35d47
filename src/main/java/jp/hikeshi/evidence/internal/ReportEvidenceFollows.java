package jp.hikeshi.evidence.internal;

import java.time.Clock;
import java.time.Instant;

import jp.hikeshi.evidence.EvidenceCollected;
import jp.hikeshi.incident.ReportLinked;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a report is linked to an incident, the evidence collected for the report becomes
 * the incident's, in the linking transaction: each item is announced as collected for the
 * incident, and the indicators found in the items join the incident's observables, each
 * with the number of the item it came from as its source.
 */
@Component
class ReportEvidenceFollows {

	private final EvidenceRecords records;

	private final ObservableRecords observables;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportEvidenceFollows(EvidenceRecords records, ObservableRecords observables, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.observables = observables;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ReportLinked linked) {
		records.forReport(linked.reportId())
			.stream()
			.filter(item -> item.organisationId().equals(linked.organisation().value()))
			.forEach(item -> events.publishEvent(new EvidenceCollected(linked.organisation(), linked.incidentId(),
					item.row().id(), item.row().kind())));
		Instant now = Instant.now(clock);
		observables.keptForReport(linked.organisation(), linked.reportId())
			.forEach(kept -> observables.linkToIncident(linked.incidentId(), kept.observableId(), kept.evidenceNumber(),
					linked.by(), now));
	}

}
