package jp.hikeshi.evidence.internal;

import jp.hikeshi.evidence.EvidenceCollected;
import jp.hikeshi.incident.ReportLinked;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a report is linked to an incident, the evidence collected for the report becomes the incident's: each item is
 * announced as collected for the incident, in the linking transaction.
 */
@Component
class ReportEvidenceFollows {

	private final EvidenceRecords records;
	private final ApplicationEventPublisher events;

	ReportEvidenceFollows(EvidenceRecords records, ApplicationEventPublisher events) {
		this.records = records;
		this.events = events;
	}

	@EventListener
	void on(ReportLinked linked) {
		records.forReport(linked.reportId()).stream()
			.filter(item -> item.organisationId().equals(linked.organisation().value()))
			.forEach(item -> events.publishEvent(new EvidenceCollected(linked.organisation(), linked.incidentId(),
					item.row().id(), item.row().kind())));
	}
}
