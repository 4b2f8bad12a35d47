package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who owes what when the handling of the data was outsourced (PPC guidance 漏えい等の対応):
 * without outsourcing, and as the principal (委託元), the organisation owes the PPC reports
 * and the notice to persons. A contractor (委託先) owes the PPC reports too, but is released
 * by promptly notifying its principal, whose notice to persons it is; filing jointly with
 * the principal, it reports and is not released. A configurable default, not legal
 * advice.
 */
public final class OutsourcingObligations {

	/**
	 * One obligation in force; {@code releasedBy} is the obligation whose fulfilment
	 * releases it.
	 */
	public record Obligation(ObligationKind kind, boolean required, String rule, Instant warnAt, Instant due,
			ObligationKind releasedBy) {
	}

	private OutsourcingObligations() {
	}

	/**
	 * The obligations for the facts and their decision; the final report warns
	 * {@code reminderDaysBefore} its due day.
	 */
	public static List<Obligation> of(PrivacyFacts facts, AppiDecision decision, LegalDeadlines d,
			int reminderDaysBefore) {
		boolean ppc = decision.ppcReportRequired();
		boolean contractor = facts.outsourcing() == Outsourcing.CONTRACTOR;
		String rule = decision.rulesCode();
		ObligationKind releasedBy = facts.releasedByNoticeToPrincipal() ? ObligationKind.NOTIFY_PRINCIPAL : null;
		String ppcRule = contractor
				? rule + "," + (facts.jointReport() ? AppiRule.JOINT_REPORT : AppiRule.CONTRACTOR_RELEASED_BY_NOTICE)
				: rule;
		List<Obligation> obligations = new ArrayList<>(List.of(
				new Obligation(ObligationKind.PPC_PRELIMINARY, ppc, ppcRule, d.preliminaryWarnAt(),
						d.preliminaryDueAt(), releasedBy),
				new Obligation(ObligationKind.PPC_FINAL, ppc, ppcRule,
						ReminderThresholds.warnBefore(d.finalDueAt(), reminderDaysBefore), d.finalDueAt(), releasedBy),
				new Obligation(ObligationKind.NOTICE_TO_PERSONS, decision.noticeRequired() && !contractor,
						contractor ? rule + "," + AppiRule.PRINCIPAL_GIVES_NOTICE : rule, d.preliminaryWarnAt(),
						d.preliminaryDueAt(), null)));
		if (contractor) {
			obligations.add(new Obligation(ObligationKind.NOTIFY_PRINCIPAL, ppc,
					rule + "," + AppiRule.CONTRACTOR_RELEASED_BY_NOTICE, d.preliminaryWarnAt(), d.preliminaryDueAt(),
					null));
		}
		return obligations;
	}

}
