/**
 * Reporting and disclosure (REP-1 to REP-5): the notification plan, the APPI assessment
 * with its legal clocks and reminders, documents for management and outside bodies in
 * Japanese and English, and e-mail through a durable outbox. Named policies, listed in
 * {@link jp.hikeshi.reporting.ReportingPolicies}: APPI thresholds, the legal clock, the
 * notification plan suggestions and the reminder thresholds.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "directory",
		"incident", "evidence", "intake", "triage" })
package jp.hikeshi.reporting;
