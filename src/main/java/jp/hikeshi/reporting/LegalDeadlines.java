package jp.hikeshi.reporting;

import java.time.Instant;

/**
 * The deadlines of the PPC reports for one assessment: when to warn about and when the
 * preliminary one is overdue, and the final one.
 */
public record LegalDeadlines(Instant preliminaryWarnAt, Instant preliminaryDueAt, Instant finalDueAt, int finalDays) {
}
