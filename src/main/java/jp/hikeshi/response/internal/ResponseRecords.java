package jp.hikeshi.response.internal;

import static jp.hikeshi.response.internal.TaskRecords.instant;
import static jp.hikeshi.response.internal.TaskRecords.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.response.Decision;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.Bilingual;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The playbook versions incidents applied, the vendors' answers, and the response policy
 * decisions.
 */
@Component
public class ResponseRecords {

	private final JdbcClient jdbc;

	ResponseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A playbook version an incident applied. */
	public record Applied(String code, UUID versionId, int version, Bilingual title, String appliedBy,
			Instant appliedAt) {
	}

	/**
	 * Remembers that the incident applied the version; false when it had applied it
	 * before.
	 */
	public boolean apply(UUID organisationId, UUID incidentId, Applied a) {
		return jdbc
			.sql("""
					INSERT INTO incident_playbook (id, organisation_id, incident_id, playbook_code, version_id, version_no, title_ja,
					    title_en, applied_by_name, applied_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), organisationId, incidentId, a.code(), a.versionId(), a.version(), a.title().ja(),
					a.title().en(), a.appliedBy(), utc(a.appliedAt()))
			.update() > 0;
	}

	public List<Applied> applied(UUID incidentId) {
		return jdbc
			.sql("SELECT * FROM incident_playbook WHERE incident_id = ? ORDER BY applied_at, playbook_code, version_no")
			.param(incidentId)
			.query((rs, n) -> new Applied(rs.getString("playbook_code"), rs.getObject("version_id", UUID.class),
					rs.getInt("version_no"), new Bilingual(rs.getString("title_ja"), rs.getString("title_en")),
					rs.getString("applied_by_name"), instant(rs, "applied_at")))
			.list();
	}

	public void insertAnswer(UUID id, UUID taskId, UUID incidentId, String text, UUID vendorId, UUID by, String byName,
			Instant now, List<TaskView.AnswerFile> files) {
		jdbc.sql(
				"""
						INSERT INTO task_answer (id, task_id, incident_id, answer, vendor_id, answered_by, answered_by_name, answered_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, taskId, incidentId, text, vendorId, by, byName, utc(now))
			.update();
		for (int i = 0; i < files.size(); i++) {
			TaskView.AnswerFile f = files.get(i);
			jdbc.sql("""
					INSERT INTO task_answer_file (answer_id, position, evidence_id, evidence_number, file_name, sha256)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, i + 1, f.evidenceId(), f.evidenceNumber(), f.fileName(), f.sha256())
				.update();
		}
	}

	public Map<UUID, List<TaskView.Answer>> answers(Collection<UUID> taskIds) {
		Map<UUID, List<TaskView.Answer>> answers = new LinkedHashMap<>();
		if (taskIds.isEmpty()) {
			return answers;
		}
		Map<UUID, List<TaskView.AnswerFile>> files = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT f.* FROM task_answer_file f JOIN task_answer a ON a.id = f.answer_id
				WHERE a.task_id IN (:ids) ORDER BY f.answer_id, f.position""")
			.param("ids", List.copyOf(taskIds))
			.query(rs -> {
				files.computeIfAbsent(rs.getObject("answer_id", UUID.class), k -> new ArrayList<>())
					.add(new TaskView.AnswerFile(rs.getObject("evidence_id", UUID.class),
							rs.getString("evidence_number"), rs.getString("file_name"), rs.getString("sha256")));
			});
		jdbc.sql("SELECT * FROM task_answer WHERE task_id IN (:ids) ORDER BY answered_at, id")
			.param("ids", List.copyOf(taskIds))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				answers.computeIfAbsent(rs.getObject("task_id", UUID.class), k -> new ArrayList<>())
					.add(new TaskView.Answer(id, rs.getString("answer"), rs.getString("answered_by_name"),
							instant(rs, "answered_at"), files.getOrDefault(id, List.of())));
			});
		return answers;
	}

	/** The incident's answers, to choose the findings a decision rests on. */
	public List<Decision.Finding> findings(UUID incidentId) {
		return jdbc.sql("""
				SELECT a.id, a.task_id, t.title_ja, t.title_en, a.answered_by_name, a.answered_at, a.answer
				FROM task_answer a JOIN response_task t ON t.id = a.task_id
				WHERE a.incident_id = ? ORDER BY a.answered_at, a.id LIMIT 1000""")
			.param(incidentId)
			.query((rs, n) -> finding(rs))
			.list();
	}

	public int nextRevision(UUID incidentId) {
		return jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM response_decision WHERE incident_id = ?")
			.param(incidentId)
			.query(Integer.class)
			.single();
	}

	public void insertDecision(UUID id, UUID organisationId, UUID incidentId, int revision, String policy, String by,
			Instant now, List<UUID> answerIds) {
		jdbc.sql(
				"""
						INSERT INTO response_decision (id, organisation_id, incident_id, revision, policy, decided_by_name, decided_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, organisationId, incidentId, revision, policy, by, utc(now))
			.update();
		answerIds.forEach(a -> jdbc.sql("INSERT INTO decision_finding (decision_id, answer_id) VALUES (?, ?)")
			.params(id, a)
			.update());
	}

	/** The decisions, latest revision first, each with its findings. */
	public List<Decision> decisions(UUID incidentId) {
		Map<UUID, List<Decision.Finding>> findings = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT d.decision_id, a.id, a.task_id, t.title_ja, t.title_en, a.answered_by_name, a.answered_at, a.answer
						FROM decision_finding d JOIN task_answer a ON a.id = d.answer_id JOIN response_task t ON t.id = a.task_id
						WHERE a.incident_id = ? ORDER BY a.answered_at, a.id""")
			.param(incidentId)
			.query(rs -> {
				findings.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
					.add(finding(rs));
			});
		return jdbc.sql("SELECT * FROM response_decision WHERE incident_id = ? ORDER BY revision DESC LIMIT 200")
			.param(incidentId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Decision(id, rs.getInt("revision"), rs.getString("policy"), rs.getString("decided_by_name"),
						instant(rs, "decided_at"), findings.getOrDefault(id, List.of()));
			})
			.list();
	}

	private static Decision.Finding finding(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Decision.Finding(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
				new Bilingual(rs.getString("title_ja"), rs.getString("title_en"))
					.in(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
				rs.getString("answered_by_name"), instant(rs, "answered_at"), rs.getString("answer"));
	}

}
