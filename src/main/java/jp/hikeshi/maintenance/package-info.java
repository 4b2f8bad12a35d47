/**
 * Vendors' maintenance checks against anomaly criteria fixed in advance (DET-1): the
 * criteria per asset or asset kind, each check run with its results, overdue checks and
 * the history per asset. An anomaly result files a report at the intake desk on the
 * vendor-maintenance channel.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "intake" })
package jp.hikeshi.maintenance;
