/**
 * Scenario playbooks as data (GEN-3): versioned documents per scenario with tasks grouped
 * by process, each serving a requirement ID, with a default role of the role plan, a
 * relative due time and check-list items, and rules shown prominently. Validated against
 * a schema; imported, exported, edited and retired by administrators. A task may name the
 * recorded work that completes it (containment, recovery, notification, evidence kinds:
 * hence the dependencies).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "directory",
		"incident", "remediation", "reporting", "evidence" })
package jp.hikeshi.playbook;
