package jp.hikeshi.directory;

import java.time.Instant;
import java.util.List;

/**
 * Where the first-run set-up stands: the answers so far (without passwords), the steps
 * answered, whether it was completed (the role plan staffed) or skipped, and the step to
 * resume at.
 */
public record SetupState(SetupAnswers answers, List<SetupStep> stepsDone, boolean completed, boolean skipped,
		Instant completedAt, Instant skippedAt, SetupStep resumeAt) {

	/**
	 * Neither completed nor skipped: an administrator is offered the set-up after signing
	 * in.
	 */
	public boolean pending() {
		return !completed && !skipped;
	}

	public boolean done(SetupStep step) {
		return stepsDone.contains(step);
	}
}
