/**
 * Triage of a report: the facts found (TRI-1, with check lists per category kept as data)
 * and the decision whether it is an incident, not one, or a duplicate, with its reason,
 * who decided and when, and every revision (TRI-2). Named policy:
 * {@link jp.hikeshi.triage.internal.DecisionRules}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "intake", "incident" })
package jp.hikeshi.triage;
