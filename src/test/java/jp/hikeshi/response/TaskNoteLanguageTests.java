package jp.hikeshi.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.MigrationUpdates;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.response.internal.TaskRecords;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.Phrase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * A task's notes written by the system are kept as message keys and shown in the reader's
 * language only.
 */
@WebTest
class TaskNoteLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TaskRecords records;

	@Autowired
	JdbcClient jdbc;

	TestUser lead;

	UUID incident;

	UUID task;

	@BeforeEach
	void setUp() throws Exception {
		lead = accounts.create("note-lang", Role.HANDLER);
		incident = ResponseFixture.incident(mvc, lead, "notes");
		task = ResponseFixture.task(mvc, lead, incident, "ログの確認", "RES-1", false, null, null);
	}

	@Test
	@DisplayName("RES-1 a note the system writes on a task shows only Japanese to a Japanese reader and only English to an English one")
	void showsSystemNotesInTheReadersLanguage() throws Exception {
		records.addNote(task, "Hikeshi", Phrase.of("task.work.done", new Bilingual("ログの確認", "Check the logs"),
				new Phrase("task.work.TRIAGE.DECIDED", List.of(""), null)), Instant.now());
		records.addNote(task, lead.actor().displayName(), "FW / firewall を確認", Instant.now().plusMillis(1));

		assertThat(notes("ja")).containsExactly("タスク「ログの確認」はトリアージの判断により完了", "FW / firewall を確認");
		assertThat(notes("en")).containsExactly("Task \"Check the logs\" completed by the triage decision",
				"FW / firewall を確認");
		assertThat(jdbc.sql("SELECT note FROM task_note WHERE task_id = ? AND note_key = 'task.work.done'")
			.param(task)
			.query(String.class)
			.single()).isEqualTo("タスク「ログの確認」はトリアージの判断により完了");
	}

	@Test
	@DisplayName("RES-1 V121 splits the pairs the system wrote on tasks before into their two languages")
	void migrationSplitsLegacyNotes() throws Exception {
		legacy("Hikeshi", "タスク「ログの確認」はトリアージの判断により完了 / Task \"Check the logs\" completed by the triage decision", 0);
		legacy("ベンダー担当", "回答 / answered (2 file(s))", 1);
		legacy("担当者", "FW / firewall を確認", 2);

		MigrationUpdates.rerun(jdbc, "db/migration/response/V121__task_note_messages.sql");

		assertThat(notes("ja")).containsExactly("タスク「ログの確認」はトリアージの判断により完了", "回答 (2 件の添付)", "FW / firewall を確認");
		assertThat(notes("en")).containsExactly("Task \"Check the logs\" completed by the triage decision",
				"answered (2 file(s))", "FW / firewall を確認");
	}

	private void legacy(String author, String note, int second) {
		jdbc.sql("INSERT INTO task_note (id, task_id, written_at, author_name, note) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), task,
					Instant.parse("2026-11-20T01:00:00Z").plusSeconds(second).atOffset(ZoneOffset.UTC), author, note)
			.update();
	}

	private List<String> notes(String language) throws Exception {
		String body = mvc
			.perform(get("/api/v1/incidents/" + incident + "/tasks").header("Authorization", lead.bearer())
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$..notes[*].text");
	}

}
