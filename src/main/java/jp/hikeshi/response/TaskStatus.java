package jp.hikeshi.response;

/**
 * Where a task stands; cancelling it or declaring it not applicable needs a reason.
 * ANSWERED (回答済み): a vendor answered the request, and the answer waits for review — still
 * open until someone marks the task done.
 */
public enum TaskStatus {

	TODO, IN_PROGRESS, WAITING_FOR_VENDOR, ANSWERED, DONE, CANCELLED, NOT_APPLICABLE;

	/** Still to be done: such a mandatory task keeps its incident from closing. */
	public boolean open() {
		return this == TODO || this == IN_PROGRESS || this == WAITING_FOR_VENDOR || this == ANSWERED;
	}

	public boolean needsReason() {
		return this == CANCELLED || this == NOT_APPLICABLE;
	}

}
