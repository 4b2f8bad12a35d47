/**
 * Who may do what: users, their roles, form login with lock-out, and API tokens stored
 * only as hashes. Other modules ask {@link jp.hikeshi.identity.Actors} for the acting
 * user and never see credentials.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package jp.hikeshi.identity;
