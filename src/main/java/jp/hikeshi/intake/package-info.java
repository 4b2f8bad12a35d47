/**
 * The intake desk (検知/連絡受付): reports of incidents or possible incidents with every record
 * item of DET-3, numbered for people (R-2026-0001), listed and searched. Later also
 * alerts, mail and maintenance checks.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "incident" })
package jp.hikeshi.intake;
