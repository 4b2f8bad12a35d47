package jp.hikeshi.reporting;

/**
 * Whether the handling of the data was outsourced, and on which side of the contract the
 * organisation stands.
 */
public enum Outsourcing {

	/** The organisation handles the data itself. */
	NONE,
	/** The organisation entrusted the data to a contractor (委託元); it owes the report. */
	PRINCIPAL,
	/**
	 * The organisation is the contractor (委託先); it owes the report too, or is released by
	 * notifying the principal.
	 */
	CONTRACTOR

}
