/**
 * The organisation's reference data: the asset inventory and the event categories (mapped to RSIT).
 * Later it also holds contacts, vendors, outside bodies and the role plan (GEN-2).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity" })
package jp.hikeshi.directory;
