package jp.hikeshi.reporting;

/** Where an obligation stands now. */
public enum ObligationStatus {

	NOT_REQUIRED, OPEN, WARNING, OVERDUE, MET,
	/**
	 * A contractor's PPC obligation after it notified its principal (委託元), which releases
	 * it.
	 */
	RELEASED

}
