/**
 * The append-only audit trail of every write: who did what to which object, and when.
 * Every module publishes {@link jp.hikeshi.audit.AuditEvent}s; this module depends on
 * nothing but shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package jp.hikeshi.audit;
