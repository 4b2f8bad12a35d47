package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The current APPI assessment of an incident with its decision, its deadlines and the
 * earlier revisions. {@code incidentBecameAwareAt} is the incident's 知った時 now;
 * {@code becameAwareAtQuestion} is true when it was changed to something other than the
 * 知った時 the clocks count from ({@code facts.becameAwareAt}) since this revision, so the
 * user is asked whether the assessment should follow. {@code counterpartName} is the
 * directory's name of the other side of the outsourcing.
 */
public record PrivacyAssessmentView(UUID incidentId, int revision, PrivacyFacts facts, boolean publicBody,
		AppiDecision decision, LegalDeadlines deadlines, String assessedBy, Instant assessedAt, List<Revision> history,
		Instant incidentBecameAwareAt, boolean becameAwareAtQuestion, String counterpartName) {

	/**
	 * An earlier (or the current) revision, kept so that a changed assessment can be
	 * traced.
	 */
	public record Revision(int revision, boolean ppcReportRequired, boolean noticeRequired, String rules,
			Instant becameAwareAt, Instant preliminaryDueAt, Instant finalDueAt, String assessedBy,
			Instant assessedAt) {
	}
}
