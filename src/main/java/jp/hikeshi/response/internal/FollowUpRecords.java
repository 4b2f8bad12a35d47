package jp.hikeshi.response.internal;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.shared.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The follow-up side of the task table: marks a task as a follow-up and rewrites one when
 * its measure is revised.
 */
@Component
public class FollowUpRecords {

	private final JdbcClient jdbc;

	FollowUpRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void markFollowUp(UUID taskId) {
		jdbc.sql("UPDATE response_task SET kind = 'FOLLOW_UP' WHERE id = ?").param(taskId).update();
	}

	/**
	 * Rewrites the follow-up's title, owner and due (a revised measure); false when no
	 * such follow-up exists.
	 */
	public boolean revise(UUID organisationId, UUID taskId, Bilingual title, Assignee owner, Instant due, Instant now) {
		return jdbc
			.sql("""
					UPDATE response_task SET title_ja = ?, title_en = ?, assignee_kind = ?, assignee_id = ?, assignee_name = ?, due_at = ?,
					    updated_at = ?, version = version + 1
					WHERE id = ? AND organisation_id = ? AND kind = 'FOLLOW_UP'""")
			.params(title.ja(), title.en(), owner.kind().name(), owner.id(), owner.name(), TaskRecords.utc(due),
					TaskRecords.utc(now), taskId, organisationId)
			.update() > 0;
	}

}
