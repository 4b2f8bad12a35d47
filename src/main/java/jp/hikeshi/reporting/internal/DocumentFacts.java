package jp.hikeshi.reporting.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.PrivacyAssessmentView;
import jp.hikeshi.reporting.RansomDecision;

/**
 * Everything a document is filled from, gathered through the other modules' public APIs.
 */
public record DocumentFacts(IncidentView incident, String categoryName, Optional<PrivacyAssessmentView> assessment,
		List<EvidenceView> evidence, boolean ransomware, Optional<RansomDecision> ransomDecision,
		String organisationName, Instant generatedAt, List<SourceReport> reports) {

	/**
	 * A report linked to the incident, as intake recorded it (DET-3), with the impact its
	 * fact-finding found (TRI-1): who discovered and who reported the event, where it was
	 * found and which places it affects.
	 */
	public record SourceReport(String number, String discoverer, String discovererContact, String reporter,
			String reporterContact, String detectionPlace, List<String> affectedPlaces, String impact) {
	}
}
