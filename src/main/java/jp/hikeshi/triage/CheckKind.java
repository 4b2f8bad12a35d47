package jp.hikeshi.triage;

/**
 * A fact-finding check: a question the desk answers, or a request to a vendor with its
 * answer and dates.
 */
public enum CheckKind {

	QUESTION, VENDOR_REQUEST

}
