package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Suggests the notification plan from the incident's category and, once made, the APPI assessment: the responsible
 * person always (REP-1), the PPC and the persons concerned when the thresholds say so (REP-3), IPA and JPCERT/CC for
 * cyber attacks, the police for ransomware and intrusions, PR when the public will hear of it (REP-4).
 */
public final class PlanSuggestions {

	/** Categories that are cyber attacks, for which IPA and JPCERT/CC are consulted. */
	public static final Set<String> CYBER_ATTACKS = Set.of("MALWARE", "RANSOMWARE", "INTRUSION", "UNAUTHORIZED_ACCESS",
			"DEFACEMENT", "TARGETED_EMAIL", "PHISHING", "DOS");

	/** Categories the police should hear of early (ransomware, leaks by unauthorised access, theft). */
	public static final Set<String> POLICE_MATTERS = Set.of("RANSOMWARE", "UNAUTHORIZED_ACCESS", "INTRUSION", "LOSS_THEFT");

	/** Categories in which personal data is often involved, so the PPC question must be answered. */
	public static final Set<String> LIKELY_PERSONAL_DATA = Set.of("INFO_LEAK", "LOSS_THEFT", "MISDELIVERY",
			"UNAUTHORIZED_ACCESS", "RANSOMWARE", "INTRUSION");

	/** One suggested entry, with the message key saying why. */
	public record Suggestion(RecipientKind recipient, Requirement requirement, String reasonKey, DocumentKind document,
			Instant due) {
	}

	private PlanSuggestions() {
	}

	/** {@code decision} and {@code deadlines} are null while the incident has no assessment. */
	public static List<Suggestion> suggest(String category, AppiDecision decision, LegalDeadlines deadlines) {
		List<Suggestion> plan = new ArrayList<>();
		boolean ransomware = "RANSOMWARE".equals(category);
		boolean cyber = CYBER_ATTACKS.contains(category);
		boolean ppc = decision != null && decision.ppcReportRequired();
		plan.add(s(RecipientKind.RESPONSIBLE_PERSON, Requirement.REQUIRED, "always", null));
		plan.add(s(RecipientKind.MANAGEMENT, ransomware || ppc ? Requirement.REQUIRED : Requirement.RECOMMENDED,
				ransomware || ppc ? "serious" : "asNeeded", null));
		plan.add(s(RecipientKind.RELATED_ORGANISATIONS, Requirement.RECOMMENDED, "related", null));
		if (decision == null) {
			Requirement pending = LIKELY_PERSONAL_DATA.contains(category) ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED;
			String why = pending == Requirement.RECOMMENDED ? "assessmentPending" : "noPersonalData";
			plan.add(s(RecipientKind.PPC_PRELIMINARY, pending, why, null));
			plan.add(s(RecipientKind.PPC_FINAL, pending, why, null));
			plan.add(s(RecipientKind.PERSONS_CONCERNED, pending, why, null));
			plan.add(s(RecipientKind.BUSINESS_PARTNERS, pending, why, null));
			plan.add(s(RecipientKind.WEBSITE, Requirement.NOT_NEEDED, why, null));
		}
		else {
			String why = ppc ? "appiRequired" : "appiNotRequired";
			Requirement legal = ppc ? Requirement.REQUIRED : Requirement.NOT_NEEDED;
			plan.add(s(RecipientKind.PPC_PRELIMINARY, legal, why, ppc ? deadlines.preliminaryDueAt() : null));
			plan.add(s(RecipientKind.PPC_FINAL, legal, why, ppc ? deadlines.finalDueAt() : null));
			plan.add(s(RecipientKind.PERSONS_CONCERNED, decision.noticeRequired() ? Requirement.REQUIRED : Requirement.NOT_NEEDED,
					why, decision.noticeRequired() ? deadlines.preliminaryDueAt() : null));
			plan.add(s(RecipientKind.BUSINESS_PARTNERS, ppc ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED, why, null));
			plan.add(s(RecipientKind.WEBSITE, ppc ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
					ppc ? "considerPublishing" : why, null));
		}
		plan.add(s(RecipientKind.IPA, cyber ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				cyber ? "cyberAttack" : "notCyberAttack", null, ransomware || "MALWARE".equals(category)
						|| "TARGETED_EMAIL".equals(category) ? DocumentKind.IPA_VIRUS : DocumentKind.IPA_UNAUTHORISED_ACCESS));
		plan.add(s(RecipientKind.JPCERT_CC, cyber ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				cyber ? "cyberAttack" : "notCyberAttack", null));
		boolean police = POLICE_MATTERS.contains(category);
		plan.add(s(RecipientKind.POLICE, police ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				police ? "policeMatter" : "notPoliceMatter", null));
		boolean press = ransomware || ppc;
		plan.add(s(RecipientKind.PRESS, press ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				press ? "publicWillHear" : "noPublicInterest", null));
		return plan;
	}

	private static Suggestion s(RecipientKind kind, Requirement requirement, String why, Instant due) {
		return s(kind, requirement, why, due, kind.document());
	}

	private static Suggestion s(RecipientKind kind, Requirement requirement, String why, Instant due, DocumentKind document) {
		return new Suggestion(kind, requirement, "reporting.plan.why." + why, document, due);
	}
}
