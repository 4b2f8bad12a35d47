package jp.hikeshi.response.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.response.WorkItem;
import jp.hikeshi.shared.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Someone's open tasks and the answers waiting for review, read for the home page. Every
 * part is a range scan of ix_response_task_mine or ix_response_task_status (migration
 * V99) that stops after the rows it needs.
 */
@Component
public class WorkRecords {

	private static final String COLUMNS = "SELECT id, incident_id, title_ja, title_en, status, due_at, assignee_name, updated_at"
			+ " FROM response_task";

	private final JdbcClient jdbc;

	WorkRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whom a task is assigned to: a user or a vendor, by id. */
	public record Holder(String kind, UUID id) {
	}

	/**
	 * Up to {@code limit} tasks per holder, status and part (with a due date, earliest
	 * first; without one) — one statement of LIMITed branches, each the head of one index
	 * range, so the cost does not grow with the number of tasks. The caller merges them.
	 */
	public List<WorkItem> heldBy(UUID organisationId, List<Holder> holders, List<String> statuses, int limit) {
		List<String> branches = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (Holder holder : holders) {
			for (String status : statuses) {
				for (boolean dated : new boolean[] { true, false }) {
					// ORDER BY spells the index's leading columns (fixed by the WHERE
					// clause) so that H2 also reads the
					// index in order and stops after LIMIT rows instead of sorting the
					// holder's tasks
					branches.add("(" + COLUMNS
							+ " WHERE organisation_id = ? AND assignee_kind = ? AND assignee_id = ? AND status = ?"
							+ " AND due_at IS " + (dated ? "NOT NULL" : "NULL")
							+ " ORDER BY organisation_id, assignee_kind, assignee_id, status, due_at, id LIMIT " + limit
							+ ")");
					params.add(organisationId);
					params.add(holder.kind());
					params.add(holder.id());
					params.add(status);
				}
			}
		}
		if (branches.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(String.join(" UNION ALL ", branches)).params(params).query(WorkRecords::item).list();
	}

	/** The organisation's tasks in the given status, the one waiting longest first. */
	public List<WorkItem> inStatus(UUID organisationId, String status, int limit) {
		return jdbc.sql(COLUMNS
				+ " WHERE organisation_id = ? AND status = ? ORDER BY organisation_id, status, updated_at, id LIMIT "
				+ limit)
			.params(organisationId, status)
			.query(WorkRecords::item)
			.list();
	}

	private static WorkItem item(ResultSet rs, int n) throws SQLException {
		return new WorkItem(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
				new Bilingual(rs.getString("title_ja"), rs.getString("title_en")), rs.getString("status"),
				TaskRecords.instant(rs, "due_at"), rs.getString("assignee_name"),
				TaskRecords.instant(rs, "updated_at"));
	}

}
