/**
 * Tells people what concerns them: in-app notifications with an unread count, and e-mail
 * through the durable outbox in each reader's language, as they chose per kind. It only
 * listens to the events of the other modules and asks their APIs for details; no module
 * depends on it except the page layout showing the unread count.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "directory",
		"intake", "maintenance", "incident", "triage", "response", "reporting" })
package jp.hikeshi.notification;
