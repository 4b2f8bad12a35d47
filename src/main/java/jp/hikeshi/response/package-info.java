/**
 * Response work on an incident (RES-1, RES-2, RES-5, TRI-3, GEN-2, GEN-3): playbooks
 * applied as tasks assigned through the role plan, tasks created by hand, requests to
 * vendors with their answers, and the response policy. VENDOR accounts see only the
 * incidents and tasks given to their vendor; mandatory open tasks keep an incident open.
 * Tasks close from the work they describe: the events of remediation, reporting, evidence
 * and triage complete them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "directory",
		"incident", "playbook", "evidence", "reporting", "remediation", "triage" })
package jp.hikeshi.response;
