package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.hikeshi.directory.OrganisationKind;

/**
 * Suggests the notification plan from the incident's category and, once made, the APPI
 * assessment: the responsible person always (REP-1), the PPC and the persons concerned
 * when the thresholds say so (REP-3), IPA and JPCERT/CC for cyber attacks, the police for
 * ransomware and intrusions, PR when the public will hear of it (REP-4), the principal
 * when the organisation is a contractor (委託先) and the competent ministry where its sector
 * has one.
 */
public final class PlanSuggestions {

	/** Categories that are cyber attacks, for which IPA and JPCERT/CC are consulted. */
	public static final Set<String> CYBER_ATTACKS = Set.of("MALWARE", "RANSOMWARE", "INTRUSION", "UNAUTHORIZED_ACCESS",
			"DEFACEMENT", "TARGETED_EMAIL", "PHISHING", "DOS");

	/**
	 * Categories the police should hear of early (ransomware, leaks by unauthorised
	 * access, theft).
	 */
	public static final Set<String> POLICE_MATTERS = Set.of("RANSOMWARE", "UNAUTHORIZED_ACCESS", "INTRUSION",
			"LOSS_THEFT");

	/**
	 * Categories in which personal data is often involved, so the PPC question must be
	 * answered.
	 */
	public static final Set<String> LIKELY_PERSONAL_DATA = Set.of("INFO_LEAK", "LOSS_THEFT", "MISDELIVERY",
			"UNAUTHORIZED_ACCESS", "RANSOMWARE", "INTRUSION");

	/** One suggested entry, with the message key saying why. */
	public record Suggestion(RecipientKind recipient, Requirement requirement, String reasonKey, DocumentKind document,
			Instant due) {
	}

	private PlanSuggestions() {
	}

	/**
	 * What the organisation is and where it stands in an outsourcing relation;
	 * {@code kind} may be null when the organisation has not said.
	 */
	public record Situation(OrganisationKind kind, Outsourcing outsourcing, boolean jointReport) {

		public static final Situation UNKNOWN = new Situation(null, Outsourcing.NONE, false);

		boolean contractor() {
			return outsourcing == Outsourcing.CONTRACTOR;
		}
	}

	/**
	 * {@code decision} and {@code deadlines} are null while the incident has no
	 * assessment.
	 */
	public static List<Suggestion> suggest(String category, AppiDecision decision, LegalDeadlines deadlines) {
		return suggest(category, decision, deadlines, Situation.UNKNOWN);
	}

	/**
	 * As {@link #suggest(String, AppiDecision, LegalDeadlines)}, for a situation: a
	 * contractor (委託先) notifies its principal promptly, which releases it from the PPC
	 * reports unless both file jointly, and leaves the notice to persons to the
	 * principal; the competent ministry is suggested by {@link #ministry}.
	 */
	public static List<Suggestion> suggest(String category, AppiDecision decision, LegalDeadlines deadlines,
			Situation situation) {
		List<Suggestion> plan = new ArrayList<>();
		boolean ransomware = "RANSOMWARE".equals(category);
		boolean cyber = CYBER_ATTACKS.contains(category);
		boolean ppc = decision != null && decision.ppcReportRequired();
		plan.add(s(RecipientKind.RESPONSIBLE_PERSON, Requirement.REQUIRED, "always", null));
		plan.add(s(RecipientKind.MANAGEMENT, ransomware || ppc ? Requirement.REQUIRED : Requirement.RECOMMENDED,
				ransomware || ppc ? "serious" : "asNeeded", null));
		plan.add(s(RecipientKind.RELATED_ORGANISATIONS, Requirement.RECOMMENDED, "related", null));
		if (decision == null) {
			Requirement pending = LIKELY_PERSONAL_DATA.contains(category) ? Requirement.RECOMMENDED
					: Requirement.NOT_NEEDED;
			String why = pending == Requirement.RECOMMENDED ? "assessmentPending" : "noPersonalData";
			plan.add(s(RecipientKind.PPC_PRELIMINARY, pending, why, null));
			plan.add(s(RecipientKind.PPC_FINAL, pending, why, null));
			plan.add(s(RecipientKind.PERSONS_CONCERNED, pending, why, null));
			plan.add(s(RecipientKind.BUSINESS_PARTNERS, pending, why, null));
			plan.add(s(RecipientKind.WEBSITE, Requirement.NOT_NEEDED, why, null));
			plan.add(s(RecipientKind.PRINCIPAL, Requirement.NOT_NEEDED, "notContractor", null));
		}
		else {
			String why = ppc ? "appiRequired" : "appiNotRequired";
			Requirement legal = ppc ? Requirement.REQUIRED : Requirement.NOT_NEEDED;
			String ppcWhy = why;
			if (ppc && situation.contractor()) {
				legal = situation.jointReport() ? Requirement.REQUIRED : Requirement.RECOMMENDED;
				ppcWhy = situation.jointReport() ? "jointReport" : "contractorReleased";
			}
			else if (ppc && situation.jointReport()) {
				ppcWhy = "jointReport";
			}
			plan.add(s(RecipientKind.PPC_PRELIMINARY, legal, ppcWhy, ppc ? deadlines.preliminaryDueAt() : null));
			plan.add(s(RecipientKind.PPC_FINAL, legal, ppcWhy, ppc ? deadlines.finalDueAt() : null));
			boolean notice = decision.noticeRequired() && !situation.contractor();
			plan.add(s(RecipientKind.PERSONS_CONCERNED, notice ? Requirement.REQUIRED : Requirement.NOT_NEEDED,
					situation.contractor() && decision.noticeRequired() ? "principalGivesNotice" : why,
					notice ? deadlines.preliminaryDueAt() : null));
			if (situation.contractor()) {
				plan.add(s(RecipientKind.PRINCIPAL, ppc ? Requirement.REQUIRED : Requirement.RECOMMENDED,
						ppc ? "notifyPrincipal" : "tellPrincipal", ppc ? deadlines.preliminaryDueAt() : null));
			}
			else {
				plan.add(s(RecipientKind.PRINCIPAL, Requirement.NOT_NEEDED, "notContractor", null));
			}
			plan.add(s(RecipientKind.BUSINESS_PARTNERS, ppc ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED, why,
					null));
			plan.add(s(RecipientKind.WEBSITE, ppc ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
					ppc ? "considerPublishing" : why, null));
		}
		plan.add(s(RecipientKind.IPA, cyber ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				cyber ? "cyberAttack" : "notCyberAttack", null,
				ransomware || "MALWARE".equals(category) || "TARGETED_EMAIL".equals(category) ? DocumentKind.IPA_VIRUS
						: DocumentKind.IPA_UNAUTHORISED_ACCESS));
		plan.add(s(RecipientKind.JPCERT_CC, cyber ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				cyber ? "cyberAttack" : "notCyberAttack", null));
		boolean police = POLICE_MATTERS.contains(category);
		plan.add(s(RecipientKind.POLICE, police ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				police ? "policeMatter" : "notPoliceMatter", null));
		plan.add(ministry(situation.kind(), cyber, ppc));
		boolean press = ransomware || ppc;
		plan.add(s(RecipientKind.PRESS, press ? Requirement.RECOMMENDED : Requirement.NOT_NEEDED,
				press ? "publicWillHear" : "noPublicInterest", null));
		return plan;
	}

	/**
	 * The competent ministry (所管官庁): hospitals also report to the Ministry of Health,
	 * Labour and Welfare (MHLW notice of 2018-10-29; guideline for medical information
	 * systems, ed. 6.0). For schools and public bodies the sources name no rule, so the
	 * ministry that supervises them is suggested to confirm; anyone else files there only
	 * where the PPC delegated its authority to a sector ministry.
	 */
	static Suggestion ministry(OrganisationKind kind, boolean cyber, boolean ppc) {
		boolean serious = cyber || ppc;
		if (kind == OrganisationKind.MEDICAL && serious) {
			return s(RecipientKind.COMPETENT_MINISTRY, Requirement.RECOMMENDED, "medicalMinistry", null);
		}
		if ((kind == OrganisationKind.SCHOOL || kind == OrganisationKind.PUBLIC_BODY) && serious) {
			return s(RecipientKind.COMPETENT_MINISTRY, Requirement.RECOMMENDED, "supervisingMinistry", null);
		}
		return s(RecipientKind.COMPETENT_MINISTRY, Requirement.NOT_NEEDED, "ministryIfDelegated", null);
	}

	private static Suggestion s(RecipientKind kind, Requirement requirement, String why, Instant due) {
		return s(kind, requirement, why, due, kind.document());
	}

	private static Suggestion s(RecipientKind kind, Requirement requirement, String why, Instant due,
			DocumentKind document) {
		return new Suggestion(kind, requirement, "reporting.plan.why." + why, document, due);
	}

}
