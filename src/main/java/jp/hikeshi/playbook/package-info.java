/**
 * Scenario playbooks as data (GEN-3): versioned documents per scenario with tasks grouped by process, each serving
 * a requirement ID, with a default role of the role plan, a relative due time and check-list items, and rules shown
 * prominently. Validated against a schema; imported, exported, edited and retired by administrators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "directory", "incident" })
package jp.hikeshi.playbook;
