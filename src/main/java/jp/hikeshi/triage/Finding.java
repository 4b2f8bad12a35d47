package jp.hikeshi.triage;

/** The answer to a yes-or-no fact that may not be known yet. */
public enum Finding {

	YES, NO, UNKNOWN

}
