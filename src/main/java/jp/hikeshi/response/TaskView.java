package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.shared.Bilingual;

/**
 * A task of an incident with its check-list, notes and, for a request to a vendor, the
 * vendor's answers and the evidence items they produced. {@code playbook} and {@code key}
 * name the playbook task it came from (null by hand); {@code completion} says what
 * recorded work completes it and which record did (null: only a person completes it).
 */
public record TaskView(UUID id, UUID incidentId, IncidentProcess process, Bilingual title, Bilingual description,
		String requirement, String role, Assignee assignee, Instant due, boolean mandatory, TaskStatus status,
		String statusReason, String playbook, String key, List<CheckItem> checklist, List<Note> notes,
		List<Answer> answers, String createdBy, Instant createdAt, int version, TaskCompletion completion) {

	/** A request: the task is assigned to a vendor organisation. */
	public boolean vendorRequest() {
		return assignee != null && assignee.kind() == jp.hikeshi.directory.AssigneeKind.VENDOR;
	}

	/** The evidence items the answers to this task produced. */
	public List<AnswerFile> evidence() {
		return answers.stream().flatMap(a -> a.files().stream()).toList();
	}

	/** One item of the check-list. */
	public record CheckItem(int position, Bilingual text, boolean done, String doneBy, Instant doneAt) {
	}

	/** A line of the task's log. */
	public record Note(Instant at, String author, String text) {
	}

	/**
	 * A vendor's answer to a request, with the files it handed over as evidence items.
	 */
	public record Answer(UUID id, String text, String answeredBy, Instant answeredAt, List<AnswerFile> files) {
	}

	/**
	 * A file of an answer, kept as an evidence item (download it through the evidence
	 * module).
	 */
	public record AnswerFile(UUID evidenceId, String evidenceNumber, String fileName, String sha256) {
	}
}
