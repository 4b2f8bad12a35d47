package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current APPI assessment of an incident with its decision, its deadlines and the earlier revisions. */
public record PrivacyAssessmentView(UUID incidentId, int revision, PrivacyFacts facts, boolean publicBody,
		AppiDecision decision, LegalDeadlines deadlines, String assessedBy, Instant assessedAt, List<Revision> history) {

	/** An earlier (or the current) revision, kept so that a changed assessment can be traced. */
	public record Revision(int revision, boolean ppcReportRequired, boolean noticeRequired, String rules,
			Instant becameAwareAt, Instant preliminaryDueAt, Instant finalDueAt, String assessedBy, Instant assessedAt) {
	}
}
