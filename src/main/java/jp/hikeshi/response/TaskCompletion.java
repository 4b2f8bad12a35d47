package jp.hikeshi.response;

import java.time.Instant;
import java.util.UUID;

/**
 * What completes a task by itself and, once it did, the record that completed it (issue
 * 16). {@code work}, {@code subject} and {@code state} come from the playbook's
 * {@code completedBy} (e.g. CONTAINMENT, ISOLATE_DEVICE, VERIFIED); {@code recordKind}
 * and {@code recordId} name the record that completed the task (null while open or when a
 * person completed it), {@code at} when.
 */
public record TaskCompletion(String work, String subject, String state, String recordKind, UUID recordId, Instant at) {

	/** Whether a recorded piece of work completed the task (rather than a person). */
	public boolean byRecord() {
		return recordId != null;
	}

	/** Whether the work leaves the task answered (for review) rather than done. */
	public boolean leavesAnswered() {
		return "VENDOR_ANSWER".equals(work);
	}

	/**
	 * The message key that says the work in words (e.g. 応急処置（{0}）の確認), its argument from
	 * {@link #subjectKey()}.
	 */
	public String phraseKey() {
		return phraseKey(work, state);
	}

	/** The message key of the subject's name, or null when the work has none. */
	public String subjectKey() {
		return subjectKey(work, subject);
	}

	public static String phraseKey(String work, String state) {
		return "task.work." + work + "." + state;
	}

	public static String subjectKey(String work, String subject) {
		if (subject == null) {
			return null;
		}
		return switch (work) {
			case "CONTAINMENT" -> "containment.kind." + subject;
			case "NOTIFICATION" -> "reporting.recipient." + subject;
			case "EVIDENCE" -> "evidence.kind." + subject;
			default -> null;
		};
	}

	/** The page of the record that completed the task, or null. */
	public String link(UUID incidentId) {
		if (recordId == null || recordKind == null) {
			return null;
		}
		return switch (recordKind) {
			case "CONTAINMENT", "RECOVERY" -> "/incidents/" + incidentId + "/remediation";
			case "NOTIFICATION" -> "/incidents/" + incidentId + "/notifications/" + recordId;
			case "RANSOM_STANCE" -> "/incidents/" + incidentId + "/reporting";
			case "EVIDENCE" -> "/evidence/" + recordId;
			case "VENDOR_ANSWER" -> "/tasks/" + recordId + "#answers";
			case "TRIAGE" -> "/reports/" + recordId + "/triage";
			default -> null;
		};
	}
}
