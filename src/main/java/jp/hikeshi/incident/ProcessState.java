package jp.hikeshi.incident;

/** Progress of one process of an incident. */
public enum ProcessState {

	NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE

}
