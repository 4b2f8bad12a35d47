/**
 * The organisation's reference data: the asset inventory, the event categories (mapped to
 * RSIT), internal contacts, vendors with their people, outside bodies, and the role plan
 * (GEN-2) that says who takes which work. Other modules assign work through
 * {@link jp.hikeshi.directory.RolePlan} and find a vendor account's company through
 * {@link jp.hikeshi.directory.Vendors}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity" })
package jp.hikeshi.directory;
