/**
 * The process lanes follow the work (GEN-1): listens to what the other modules record
 * (triage decided, containment and recovery, tasks and vendor requests, notifications)
 * and moves the incident's lanes forward through the incident API. Named policies in
 * {@link jp.hikeshi.progress.LanePolicies}; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "directory", "incident",
		"triage", "remediation", "response", "reporting" })
package jp.hikeshi.progress;
