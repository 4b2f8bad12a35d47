/**
 * The incident (INC-2026-0001): its priority from the configurable urgency × severity
 * matrix, its progress in each of the four processes at once (GEN-1), its linked reports,
 * the queue of open incidents and its two timelines. Named policies:
 * {@link jp.hikeshi.incident.PriorityMatrix} (TRI-2 ranking) and
 * {@link jp.hikeshi.incident.ClosingGuard} (closing).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "directory" })
package jp.hikeshi.incident;
