package jp.hikeshi.reporting.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.PrivacyAssessmentView;
import jp.hikeshi.reporting.RansomDecision;

/** Everything a document is filled from, gathered through the other modules' public APIs. */
public record DocumentFacts(IncidentView incident, String categoryName, Optional<PrivacyAssessmentView> assessment,
		List<EvidenceView> evidence, boolean ransomware, Optional<RansomDecision> ransomDecision, String organisationName,
		Instant generatedAt) {
}
