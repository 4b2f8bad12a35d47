package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.response.internal.TaskDueRecords;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tasks by due date across organisations, for the jobs that remind people of them.
 */
@Service
@Transactional(readOnly = true)
public class TaskDeadlines {

	private final TaskDueRecords records;

	TaskDeadlines(TaskDueRecords records) {
		this.records = records;
	}

	/** An open task that falls due: who has it and when. */
	public record DueTask(OrganisationId organisation, UUID taskId, UUID incidentId, Bilingual title, Assignee assignee,
			Instant due) {
	}

	/**
	 * Open tasks due after {@code after} and at or before {@code before}, soonest first,
	 * at most {@code limit}.
	 */
	public List<DueTask> openDueBetween(Instant after, Instant before, int limit) {
		return records.openDueBetween(after, before, limit)
			.stream()
			.map(r -> new DueTask(new OrganisationId(r.organisationId()), r.id(), r.incidentId(), r.title(),
					r.assignee(), r.due()))
			.toList();
	}

}
