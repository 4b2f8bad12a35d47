package jp.hikeshi.playbook;

import java.util.Objects;

/**
 * The recorded work that completes a playbook task by itself (issue 16): {@code work} is
 * the kind of record, {@code subject} narrows it (the containment kind, the
 * notification's recipient kind, the evidence kind; null: any) and {@code state} is where
 * the record must stand. In a document it is written as one of <pre>
 * completedBy: {containment: ISOLATE_DEVICE, state: VERIFIED}   # state APPLIED or VERIFIED (default)
 * completedBy: {recovery: VERIFIED}                             # a recovery item restored or verified
 * completedBy: {notification: PPC_PRELIMINARY, state: SENT}     # state DRAFTED or SENT (default)
 * completedBy: {ransomStance: CONFIRMED}
 * completedBy: {evidence: MEMORY_IMAGE}                         # an evidence kind, or ANY
 * completedBy: {vendorAnswer: true}                             # the task becomes ANSWERED, for review
 * completedBy: {triage: DECIDED}
 * </pre>
 */
public record CompletedBy(Work work, String subject, String state) {

	/** The kinds of recorded work, each with its name in the document. */
	public enum Work {

		CONTAINMENT("containment"), RECOVERY("recovery"), NOTIFICATION("notification"), RANSOM_STANCE("ransomStance"),
		EVIDENCE("evidence"), VENDOR_ANSWER("vendorAnswer"), TRIAGE("triage");

		private final String field;

		Work(String field) {
			this.field = field;
		}

		/** The field that names this work in a playbook document. */
		public String field() {
			return field;
		}

	}

	public CompletedBy {
		Objects.requireNonNull(work, "work");
		Objects.requireNonNull(state, "state");
	}

	/**
	 * A vendor's answer leaves the task answered (回答済み) for review, every other work
	 * leaves it done.
	 */
	public boolean leavesAnswered() {
		return work == Work.VENDOR_ANSWER;
	}
}
