package jp.hikeshi.response.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.playbook.CompletedBy;
import jp.hikeshi.response.TaskCompletion;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.Phrases;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes tasks with their check-lists, notes and answers. */
@Component
public class TaskRecords {

	private static final int INCIDENT_LIMIT = 1000;

	private final JdbcClient jdbc;

	private final Phrases phrases;

	TaskRecords(JdbcClient jdbc, Phrases phrases) {
		this.jdbc = jdbc;
		this.phrases = phrases;
	}

	/**
	 * Inserts the task unless the incident already has the playbook task of this key;
	 * true when inserted.
	 */
	public boolean insert(TaskRow t, List<Bilingual> checklist) {
		Assignee a = t.assignee();
		boolean inserted = jdbc
			.sql("""
					INSERT INTO response_task (id, organisation_id, incident_id, process, title_ja, title_en, description_ja,
					    description_en, requirement, role_code, assignee_kind, assignee_id, assignee_name, due_at, mandatory, status,
					    status_reason, playbook_code, task_key, created_by_name, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(t.id(), t.organisationId(), t.incidentId(), t.process().name(), t.title().ja(), t.title().en(),
					t.description() == null ? null : t.description().ja(),
					t.description() == null ? null : t.description().en(), t.requirement(), t.role(),
					a == null ? null : a.kind().name(), a == null ? null : a.id(), a == null ? null : a.name(),
					utc(t.due()), t.mandatory(), t.status().name(), t.statusReason(), t.playbook(), t.key(),
					t.createdBy(), utc(t.createdAt()), utc(t.updatedAt()), t.version())
			.update() > 0;
		if (inserted) {
			for (int i = 0; i < checklist.size(); i++) {
				jdbc.sql(
						"INSERT INTO task_check_item (task_id, position, text_ja, text_en, done) VALUES (?, ?, ?, ?, FALSE)")
					.params(t.id(), i + 1, checklist.get(i).ja(), checklist.get(i).en())
					.update();
			}
		}
		return inserted;
	}

	/**
	 * Writes a change made on {@code t.version() - 1}; false when someone else changed
	 * the task meanwhile.
	 */
	public boolean update(TaskRow t) {
		Assignee a = t.assignee();
		return jdbc
			.sql("""
					UPDATE response_task SET status = ?, status_reason = ?, assignee_kind = ?, assignee_id = ?, assignee_name = ?,
					    due_at = ?, updated_at = ?, version = ?
					WHERE id = ? AND version = ?""")
			.params(t.status().name(), t.statusReason(), a == null ? null : a.kind().name(), a == null ? null : a.id(),
					a == null ? null : a.name(), utc(t.due()), utc(t.updatedAt()), t.version(), t.id(), t.version() - 1)
			.update() > 0;
	}

	/**
	 * Keeps with the task the recorded work that completes it (from its playbook);
	 * nothing when null.
	 */
	public void completesOn(UUID taskId, CompletedBy rule) {
		if (rule != null) {
			jdbc.sql(
					"UPDATE response_task SET completes_on_work = ?, completes_on_subject = ?, completes_on_state = ? WHERE id = ?")
				.params(rule.work().name(), rule.subject(), rule.state(), taskId)
				.update();
		}
	}

	/**
	 * A person set the status: the task no longer stands or falls with the record that
	 * completed it.
	 */
	public void forgetCompletingRecord(UUID taskId) {
		jdbc.sql("""
				UPDATE response_task SET completed_by_kind = NULL, completed_by_record = NULL, completed_from = NULL,
				    completed_at = NULL WHERE id = ? AND completed_by_record IS NOT NULL""").param(taskId).update();
	}

	/**
	 * What completes each of the tasks by itself, and the record that did; tasks without
	 * either are left out.
	 */
	public Map<UUID, TaskCompletion> completions(Collection<UUID> taskIds) {
		Map<UUID, TaskCompletion> completions = new LinkedHashMap<>();
		if (!taskIds.isEmpty()) {
			jdbc.sql(
					"""
							SELECT id, completes_on_work, completes_on_subject, completes_on_state, completed_by_kind, completed_by_record,
							    completed_at FROM response_task
							WHERE id IN (:ids) AND (completes_on_work IS NOT NULL OR completed_by_record IS NOT NULL)""")
				.param("ids", List.copyOf(taskIds))
				.query(rs -> {
					completions.put(rs.getObject("id", UUID.class),
							new TaskCompletion(rs.getString("completes_on_work"), rs.getString("completes_on_subject"),
									rs.getString("completes_on_state"), rs.getString("completed_by_kind"),
									rs.getObject("completed_by_record", UUID.class), instant(rs, "completed_at")));
				});
		}
		return completions;
	}

	public Optional<TaskRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM response_task WHERE id = ?").param(id).query(TaskRecords::row).optional();
	}

	/**
	 * An incident's tasks by process and creation; with a vendor, only the tasks assigned
	 * to it.
	 */
	public List<TaskRow> forIncident(UUID incidentId, UUID onlyVendor) {
		String vendor = onlyVendor == null ? "" : " AND assignee_kind = 'VENDOR' AND assignee_id = :vendor";
		var spec = jdbc
			.sql("SELECT * FROM response_task WHERE incident_id = :incident" + vendor
					+ " ORDER BY process, created_at, id LIMIT " + INCIDENT_LIMIT)
			.param("incident", incidentId);
		if (onlyVendor != null) {
			spec = spec.param("vendor", onlyVendor);
		}
		return spec.query(TaskRecords::row).list();
	}

	/** The statuses of the incident's tasks of one process, each once. */
	public Set<TaskStatus> statuses(UUID organisationId, UUID incidentId, IncidentProcess process) {
		return jdbc.sql(
				"SELECT DISTINCT status FROM response_task WHERE organisation_id = ? AND incident_id = ? AND process = ?")
			.params(organisationId, incidentId, process.name())
			.query((rs, n) -> TaskStatus.valueOf(rs.getString(1)))
			.set();
	}

	/** Tasks assigned to the user or to the vendor, open ones first by due date. */
	public List<TaskRow> assignedTo(UUID organisationId, UUID userId, UUID vendorId, TaskStatus status, int limit,
			long offset) {
		return jdbc
			.sql("SELECT *" + assignedWhere(status) + " ORDER BY due_at, created_at, id LIMIT :limit OFFSET :offset")
			.params(assignedParams(organisationId, userId, vendorId, status))
			.param("limit", limit)
			.param("offset", offset)
			.query(TaskRecords::row)
			.list();
	}

	public long countAssignedTo(UUID organisationId, UUID userId, UUID vendorId, TaskStatus status) {
		return jdbc.sql("SELECT COUNT(*)" + assignedWhere(status))
			.params(assignedParams(organisationId, userId, vendorId, status))
			.query(Long.class)
			.single();
	}

	private static String assignedWhere(TaskStatus status) {
		return " FROM response_task WHERE organisation_id = :org AND ((assignee_kind = 'USER' AND assignee_id = :user)"
				+ " OR (assignee_kind = 'VENDOR' AND assignee_id = :vendor))"
				+ (status == null ? " AND status IN ('TODO', 'IN_PROGRESS', 'WAITING_FOR_VENDOR', 'ANSWERED')"
						: " AND status = :status");
	}

	private static Map<String, Object> assignedParams(UUID organisationId, UUID userId, UUID vendorId,
			TaskStatus status) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("org", organisationId);
		params.put("user", userId);
		// no vendor: a random id matches no task
		params.put("vendor", vendorId == null ? UUID.randomUUID() : vendorId);
		if (status != null) {
			params.put("status", status.name());
		}
		return params;
	}

	/** Titles of the incident's mandatory tasks that are still open. */
	public List<Bilingual> openMandatory(UUID organisationId, UUID incidentId) {
		return jdbc
			.sql("""
					SELECT title_ja, title_en FROM response_task WHERE incident_id = ? AND organisation_id = ? AND mandatory
					  AND status IN ('TODO', 'IN_PROGRESS', 'WAITING_FOR_VENDOR', 'ANSWERED') ORDER BY created_at LIMIT 100""")
			.params(incidentId, organisationId)
			.query((rs, n) -> new Bilingual(rs.getString("title_ja"), rs.getString("title_en")))
			.list();
	}

	/**
	 * Whether the vendor still has a task on the incident (else the incident stops being
	 * shared with it).
	 */
	public boolean vendorHasWork(UUID incidentId, UUID vendorId) {
		return jdbc.sql(
				"SELECT COUNT(*) FROM response_task WHERE incident_id = ? AND assignee_kind = 'VENDOR' AND assignee_id = ?")
			.params(incidentId, vendorId)
			.query(Long.class)
			.single() > 0;
	}

	public Map<UUID, List<TaskView.CheckItem>> checklists(Collection<UUID> taskIds) {
		Map<UUID, List<TaskView.CheckItem>> items = new LinkedHashMap<>();
		if (!taskIds.isEmpty()) {
			jdbc.sql("SELECT * FROM task_check_item WHERE task_id IN (:ids) ORDER BY task_id, position")
				.param("ids", List.copyOf(taskIds))
				.query(rs -> {
					items.computeIfAbsent(rs.getObject("task_id", UUID.class), k -> new ArrayList<>())
						.add(new TaskView.CheckItem(rs.getInt("position"),
								new Bilingual(rs.getString("text_ja"), rs.getString("text_en")), rs.getBoolean("done"),
								rs.getString("done_by"), instant(rs, "done_at")));
				});
		}
		return items;
	}

	/** Flips one check-list item; false when the task has no item at that position. */
	public boolean toggle(UUID taskId, int position, String by, Instant now) {
		return jdbc.sql("""
				UPDATE task_check_item SET done = NOT done,
				    done_by = CASE WHEN done THEN NULL ELSE ? END, done_at = CASE WHEN done THEN NULL ELSE ? END
				WHERE task_id = ? AND position = ?""").params(by, utc(now), taskId, position).update() > 0;
	}

	/** A note a person typed, kept as written. */
	public void addNote(UUID taskId, String author, String text, Instant now) {
		addNote(taskId, author, text, null, now);
	}

	/**
	 * A note in the system's words: its message key and arguments, note keeps the
	 * Japanese rendering.
	 */
	public void addNote(UUID taskId, String author, Phrase phrase, Instant now) {
		addNote(taskId, author, phrases.japanese(phrase), phrase, now);
	}

	private void addNote(UUID taskId, String author, String text, Phrase phrase, Instant now) {
		jdbc.sql(
				"INSERT INTO task_note (id, task_id, written_at, author_name, note, note_key, note_args) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), taskId, utc(now), author, text, phrase == null ? null : phrase.key(),
					phrase == null ? null : phrase.argsJson())
			.update();
	}

	/** The notes of the tasks, those the system wrote in the reader's language. */
	public Map<UUID, List<TaskView.Note>> notes(Collection<UUID> taskIds) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<UUID, List<TaskView.Note>> notes = new LinkedHashMap<>();
		if (!taskIds.isEmpty()) {
			jdbc.sql("SELECT * FROM task_note WHERE task_id IN (:ids) ORDER BY written_at, id")
				.param("ids", List.copyOf(taskIds))
				.query(rs -> {
					notes.computeIfAbsent(rs.getObject("task_id", UUID.class), k -> new ArrayList<>())
						.add(new TaskView.Note(instant(rs, "written_at"), rs.getString("author_name"),
								note(rs, locale)));
				});
		}
		return notes;
	}

	private String note(ResultSet rs, Locale locale) throws SQLException {
		String key = rs.getString("note_key");
		if (key != null) {
			return phrases.render(Phrase.fromJson(key, rs.getString("note_args")), locale);
		}
		String en = rs.getString("note_en");
		return en != null && "en".equals(locale.getLanguage()) ? en : rs.getString("note");
	}

	static TaskRow row(ResultSet rs, int n) throws SQLException {
		String kind = rs.getString("assignee_kind");
		Assignee assignee = kind == null ? null : new Assignee(AssigneeKind.valueOf(kind),
				rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"));
		String descJa = rs.getString("description_ja");
		String descEn = rs.getString("description_en");
		return new TaskRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("incident_id", UUID.class), IncidentProcess.valueOf(rs.getString("process")),
				new Bilingual(rs.getString("title_ja"), rs.getString("title_en")),
				descJa == null && descEn == null ? null : new Bilingual(descJa, descEn), rs.getString("requirement"),
				rs.getString("role_code"), assignee, instant(rs, "due_at"), rs.getBoolean("mandatory"),
				TaskStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				rs.getString("playbook_code"), rs.getString("task_key"), rs.getString("created_by_name"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
