package jp.hikeshi.response.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.shared.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the tasks a piece of recorded work completes or re-opens, and moves them, each
 * change on the version read.
 */
@Component
class CompletableTasks {

	/** A task with what it takes to move it and to say so. */
	record Candidate(UUID id, UUID incidentId, String process, Bilingual title, TaskStatus status,
			TaskStatus completedFrom, int version) {
	}

	private static final String COLUMNS = "SELECT id, incident_id, process, title_ja, title_en, status, completed_from, version"
			+ " FROM response_task ";

	private final JdbcClient jdbc;

	CompletableTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The incident's tasks still to be done that the fact completes. A vendor's answer
	 * leaves tasks answered: it takes those not given to a vendor (a handler's "ask the
	 * vendor") and the request it answers, never another vendor request.
	 */
	List<Candidate> completedBy(WorkFact fact) {
		List<String> states = fact.meets();
		if (states.isEmpty()) {
			return List.of();
		}
		boolean answer = fact.work() == Work.VENDOR_ANSWER;
		return jdbc
			.sql(COLUMNS
					+ """
							WHERE incident_id = :incident AND organisation_id = :org AND completes_on_work = :work
							  AND (completes_on_subject IS NULL OR completes_on_subject = :subject) AND completes_on_state IN (:states)
							  AND status IN (:open)"""
					+ (answer ? " AND (assignee_kind IS NULL OR assignee_kind <> 'VENDOR' OR id = :record)" : "")
					+ " ORDER BY created_at, id")
			.param("incident", fact.incidentId())
			.param("org", fact.organisation().value())
			.param("work", fact.work().name())
			.param("subject", fact.subject() == null ? "" : fact.subject())
			.param("states", states)
			.param("open",
					answer ? List.of("TODO", "IN_PROGRESS", "WAITING_FOR_VENDOR")
							: List.of("TODO", "IN_PROGRESS", "WAITING_FOR_VENDOR", "ANSWERED"))
			.param("record", fact.recordId())
			.query(CompletableTasks::candidate)
			.list();
	}

	/**
	 * The tasks this record completed that its state no longer meets (it was lifted,
	 * cancelled or sent back).
	 */
	List<Candidate> undoneBy(WorkFact fact) {
		List<String> states = fact.meets();
		return jdbc
			.sql(COLUMNS + """
					WHERE incident_id = :incident AND organisation_id = :org AND completed_by_kind = :work
					  AND completed_by_record = :record AND status IN ('DONE', 'ANSWERED')"""
					+ (states.isEmpty() ? "" : " AND completes_on_state NOT IN (:states)") + " ORDER BY created_at, id")
			.param("incident", fact.incidentId())
			.param("org", fact.organisation().value())
			.param("work", fact.work().name())
			.param("record", fact.recordId())
			.param("states", states.isEmpty() ? List.of("") : states)
			.query(CompletableTasks::candidate)
			.list();
	}

	/** Completes the task by the record; false when it changed since it was read. */
	boolean complete(Candidate task, TaskStatus to, WorkFact fact, Instant now) {
		return jdbc
			.sql("""
					UPDATE response_task SET status = ?, status_reason = NULL, completed_by_kind = ?, completed_by_record = ?,
					    completed_from = ?, completed_at = ?, updated_at = ?, version = version + 1
					WHERE id = ? AND version = ?""")
			.params(to.name(), fact.work().name(), fact.recordId(), task.status().name(), now.atOffset(ZoneOffset.UTC),
					now.atOffset(ZoneOffset.UTC), task.id(), task.version())
			.update() == 1;
	}

	/**
	 * Opens the task again, in the status it had before the record completed it; false
	 * when it changed meanwhile.
	 */
	boolean reopen(Candidate task, Instant now) {
		return jdbc
			.sql("""
					UPDATE response_task SET status = ?, completed_by_kind = NULL, completed_by_record = NULL, completed_from = NULL,
					    completed_at = NULL, updated_at = ?, version = version + 1
					WHERE id = ? AND version = ?""")
			.params(reopenedStatus(task).name(), now.atOffset(ZoneOffset.UTC), task.id(), task.version())
			.update() == 1;
	}

	static TaskStatus reopenedStatus(Candidate task) {
		return task.completedFrom() == null || !task.completedFrom().open() ? TaskStatus.TODO : task.completedFrom();
	}

	private static Candidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String from = rs.getString("completed_from");
		return new Candidate(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getString("process"), new Bilingual(rs.getString("title_ja"), rs.getString("title_en")),
				TaskStatus.valueOf(rs.getString("status")), from == null ? null : TaskStatus.valueOf(from),
				rs.getInt("version"));
	}

}
