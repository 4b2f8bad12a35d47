package jp.hikeshi.response;

import java.time.Instant;
import java.util.UUID;

/**
 * What completes a task by itself and, once it did, the record that completed it (issue 16). {@code work},
 * {@code subject} and {@code state} come from the playbook's {@code completedBy} (e.g. CONTAINMENT, ISOLATE_DEVICE,
 * VERIFIED); {@code recordKind} and {@code recordId} name the record that completed the task (null while open or
 * when a person completed it), {@code at} when.
 */
public record TaskCompletion(String work, String subject, String state, String recordKind, UUID recordId, Instant at) {

	/** Whether a recorded piece of work completed the task (rather than a person). */
	public boolean byRecord() {
		return recordId != null;
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
