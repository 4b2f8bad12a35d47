package jp.hikeshi.response.internal;

import static jp.hikeshi.response.internal.TaskRecords.instant;
import static jp.hikeshi.response.internal.TaskRecords.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.shared.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds open tasks by due date across organisations, for reminders (served by
 * {@code ix_response_task_due}).
 */
@Component
public class TaskDueRecords {

	private final JdbcClient jdbc;

	TaskDueRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An open task with a due date and the columns a reminder names. */
	public record DueRow(UUID organisationId, UUID id, UUID incidentId, Bilingual title, Assignee assignee,
			Instant due) {
	}

	/**
	 * Open tasks due after {@code after} and at or before {@code before}, soonest first.
	 */
	public List<DueRow> openDueBetween(Instant after, Instant before, int limit) {
		return jdbc
			.sql("""
					SELECT organisation_id, id, incident_id, title_ja, title_en, assignee_kind, assignee_id, assignee_name, due_at
					FROM response_task
					WHERE due_at > :after AND due_at <= :before AND status IN ('TODO', 'IN_PROGRESS', 'WAITING_FOR_VENDOR')
					ORDER BY due_at, id LIMIT :limit""")
			.param("after", utc(after))
			.param("before", utc(before))
			.param("limit", limit)
			.query((rs, n) -> new DueRow(rs.getObject("organisation_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getObject("incident_id", UUID.class),
					new Bilingual(rs.getString("title_ja"), rs.getString("title_en")),
					rs.getString("assignee_kind") == null ? null
							: new Assignee(AssigneeKind.valueOf(rs.getString("assignee_kind")),
									rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name")),
					instant(rs, "due_at")))
			.list();
	}

}
