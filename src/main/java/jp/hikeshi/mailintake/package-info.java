/**
 * Reports by e-mail (DET-2, DET-4): a configured IMAP mailbox is polled under a database
 * lock, each new message is filed at the intake desk with its original kept as inert
 * evidence, and only then marked or moved. A message already taken (recorded in the same
 * transaction as its report) is never filed twice, whatever happens between commit and
 * marking.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "intake", "evidence" })
package jp.hikeshi.mailintake;
