/**
 * Evidence that can be defended (RES-2, DET-4): items collected most-volatile-first,
 * files in a content-addressed store with their SHA-256, an append-only chain of custody,
 * suspicious mail kept inert, and observables correlated across incidents.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "incident", "intake" })
package jp.hikeshi.evidence;
