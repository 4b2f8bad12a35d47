package jp.hikeshi.reporting.internal;

import java.util.ArrayList;
import java.util.List;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.intake.AffectedPlace;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.triage.TriageDesk;

import org.springframework.stereotype.Component;

/**
 * The reports that led to an incident, read through intake's and triage's public APIs, so
 * that documents name the discoverer and the reporter (police memo) and the impact
 * fact-finding found (notice to related organisations).
 */
@Component
public class SourceReports {

	private final ReportDesk reports;

	private final TriageDesk triage;

	SourceReports(ReportDesk reports, TriageDesk triage) {
		this.reports = reports;
		this.triage = triage;
	}

	public List<DocumentFacts.SourceReport> of(Actor by, IncidentView incident) {
		// those who cannot see the organisation's reports draft without them (the author
		// fills the blanks)
		if (!by.seesWholeOrganisation()) {
			return List.of();
		}
		List<DocumentFacts.SourceReport> sources = new ArrayList<>();
		for (IncidentView.LinkedReport linked : incident.reports()) {
			ReportView report = reports.get(by, linked.id());
			List<String> places = report.affectedPlaces()
				.stream()
				.map(SourceReports::name)
				.filter(n -> n != null && !n.isBlank())
				.toList();
			sources.add(new DocumentFacts.SourceReport(report.number(), report.discovererName(),
					report.discovererContact(), report.reporterName(), report.reporterContact(),
					report.detectionPlace(), places, triage.get(by, linked.id()).facts().impact()));
		}
		return sources;
	}

	private static String name(AffectedPlace place) {
		return place.assetName() != null ? place.assetName() : place.description();
	}

}
