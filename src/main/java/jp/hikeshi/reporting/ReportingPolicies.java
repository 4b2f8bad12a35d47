package jp.hikeshi.reporting;

/**
 * The rules a privacy officer would name, in one place; each has its own unit tests.
 * <ul>
 * <li>{@link AppiThresholds}: whether the PPC must be told and the persons concerned
 * notified (APPI rule art. 7, Number Act art. 29-4), and which rule fired;</li>
 * <li>{@link OutsourcingObligations}: what a principal (委託元) and a contractor (委託先) owe,
 * and the contractor's release by notifying its principal;</li>
 * <li>{@link LegalClock}: the preliminary (速報) and final (確報) report deadlines counted
 * from becoming aware;</li>
 * <li>{@link PlanSuggestions}: who should be told for a category and an assessment (REP-1
 * to REP-4);</li>
 * <li>{@link ReminderThresholds}: when a reminder is due for a deadline (warn,
 * overdue).</li>
 * </ul>
 */
public final class ReportingPolicies {

	private ReportingPolicies() {
	}

}
