/**
 * First aid and recovery on an incident (RES-3, RES-4): containment actions with their
 * life cycle requested → applied → verified → lifted, and recovery items per asset or
 * service up to the check that they work normally. Named policies:
 * {@link jp.hikeshi.remediation.ContainmentStep} (transitions),
 * {@link jp.hikeshi.remediation.BlockTarget} (what a block may name) and
 * {@link jp.hikeshi.remediation.RemediationPolicies} (when an incident counts as
 * contained or recovered, and what keeps it from being closed — enforced through the
 * incident's closing guard).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "incident" })
package jp.hikeshi.remediation;
