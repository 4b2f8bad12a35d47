package jp.hikeshi.mailintake;

/** How a poll of the mailbox ended. */
public enum PollResult {

	/** Every message seen was filed (or had been) and marked. */
	OK,
	/**
	 * The mailbox was read, but some messages failed; they stay unmarked and are tried
	 * again.
	 */
	PARTIAL,
	/** The mailbox could not be read (connection, login, folder). */
	FAILED,
	/** Another instance holds the poll lock; nothing was done. */
	LOCKED,
	/** Mail intake is not switched on. */
	DISABLED

}
