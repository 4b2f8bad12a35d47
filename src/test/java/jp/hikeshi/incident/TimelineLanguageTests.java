package jp.hikeshi.incident;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import jp.hikeshi.MigrationUpdates;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The handling log in the reader's language: lines the system writes are kept as message
 * keys, never as pairs.
 */
@WebTest
class TimelineLanguageTests {

	private static final String JAPANESE = ".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("timeline-lang", Role.HANDLER);
	}

	@Test
	@DisplayName("GEN-1 a field change reads as a sentence with the field's label and the local time, in Japanese or in English only")
	void showsFieldChangesAsSentencesInTheReadersLanguage() throws Exception {
		String id = open("language");
		mvc.perform(patch("/api/v1/incidents/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"containedAt\":\"2026-12-03T09:31:16.947814Z\"}")).andExpect(status().isOk());

		assertThat(log(id, "ja")).contains("封じ込め日時を 2026年12月3日 18:31 に設定", "状態を 対応中 → 封じ込め済み に変更")
			.noneMatch(t -> t.contains(" / ") || t.contains("containedAt") || t.contains("2026-12-03T")
					|| t.contains("CONTAINED"));
		assertThat(log(id, "en"))
			.contains("Time of containment set to 3 Dec 2026, 18:31", "State changed: Open → Contained")
			.noneMatch(t -> t.matches(JAPANESE) && !t.contains("language"));
		// the stored text keeps the Japanese alone, for search
		assertThat(jdbc.sql("SELECT text FROM incident_timeline WHERE incident_id = ? AND entry_type = 'TIMESTAMP_SET'")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("封じ込め日時を 2026年12月3日 18:31 に設定");

		String japanese = page(id, "ja");
		assertThat(japanese).contains("封じ込め日時を 2026年12月3日 18:31 に設定")
			.doesNotContain("Time of containment")
			.doesNotContain("containedAt =");
		String english = page(id, "en");
		assertThat(english).contains("Time of containment set to 3 Dec 2026, 18:31").doesNotContain("封じ込め日時を");
	}

	@Test
	@DisplayName("GEN-1 a note a person types stays as typed in both languages")
	void keepsTypedNotesAsTyped() throws Exception {
		String id = open("typed");
		mvc.perform(post("/api/v1/incidents/" + id + "/timeline").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"LOG\",\"text\":\"FW 設定 / firewall を確認\"}")).andExpect(status().isCreated());
		assertThat(log(id, "ja")).contains("FW 設定 / firewall を確認");
		assertThat(log(id, "en")).contains("FW 設定 / firewall を確認");
	}

	@Test
	@DisplayName("GEN-1 RES-3 V120 splits the pairs the system wrote before into their two languages, turns coded field changes into sentences, and leaves typed notes whole")
	void migrationSplitsLegacyPairs() throws Exception {
		String id = open("legacy");
		UUID incident = UUID.fromString(id);
		UUID progress = legacy(incident, "PROCESS_ADVANCED", "「インシデントレスポンス」を自動で 未着手 → 対応中 にしました（応急処置の記録）"
				+ " / \"Incident response\" moved automatically: Not started → In progress (containment recorded)");
		UUID task = legacy(incident, "NOTE", "タスク「A / B の隔離」は応急処置（端末の隔離）の確認により完了"
				+ " / Task \"Isolate A / B\" completed by the first aid verified (isolating a device)");
		UUID containment = legacy(incident, "NOTE", "応急処置「端末の隔離: PC-01」を「実施済み」にしました"
				+ " / Containment action \"Isolate device: PC-01\" set to \"Applied\"");
		UUID alerts = legacy(incident, "NOTE", "alerts attached / アラート紐付け (2):\n- EDR: beacon\n- IDS: scan");
		UUID typed = legacy(incident, "NOTE", "FW 設定 / firewall を確認");
		legacy(incident, "TIMESTAMP_SET", "recoveredAt = 2026-12-03T09:31:16.947814Z");
		legacy(incident, "STATE_CHANGED", "CONTAINED → RECOVERED");

		MigrationUpdates.rerun(jdbc, "db/migration/incident/V120__timeline_messages.sql");

		assertThat(row(progress)).containsExactly("「インシデントレスポンス」を自動で 未着手 → 対応中 にしました（応急処置の記録）",
				"\"Incident response\" moved automatically: Not started → In progress (containment recorded)");
		assertThat(row(task)).containsExactly("タスク「A / B の隔離」は応急処置（端末の隔離）の確認により完了",
				"Task \"Isolate A / B\" completed by the first aid verified (isolating a device)");
		assertThat(row(containment)).containsExactly("応急処置「端末の隔離: PC-01」を「実施済み」にしました",
				"Containment action \"Isolate device: PC-01\" set to \"Applied\"");
		assertThat(row(alerts)).containsExactly("アラート紐付け (2):\n- EDR: beacon\n- IDS: scan",
				"alerts attached (2):\n- EDR: beacon\n- IDS: scan");
		assertThat(row(typed)).containsExactly("FW 設定 / firewall を確認", null);

		assertThat(log(id, "ja"))
			.contains("応急処置「端末の隔離: PC-01」を「実施済み」にしました", "FW 設定 / firewall を確認", "復旧日時を 2026年12月3日 18:31 に設定",
					"状態を 封じ込め済み → 復旧済み に変更")
			.noneMatch(t -> t.contains("Containment action") || t.contains("moved automatically"));
		assertThat(log(id, "en"))
			.contains("Containment action \"Isolate device: PC-01\" set to \"Applied\"", "FW 設定 / firewall を確認",
					"Time of recovery set to 3 Dec 2026, 18:31", "State changed: Contained → Recovered")
			.noneMatch(t -> t.contains("応急処置「") || t.contains("自動で"));
	}

	private UUID legacy(UUID incident, String type, String text) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = Instant.parse("2026-11-20T01:00:00Z").atOffset(ZoneOffset.UTC);
		jdbc.sql(
				"""
						INSERT INTO incident_timeline (id, organisation_id, incident_id, kind, entry_type, occurred_at, recorded_at,
						                               actor_name, text)
						VALUES (?, ?, ?, 'LOG', ?, ?, ?, 'Hikeshi', ?)""")
			.params(id, handler.actor().organisation().value(), incident, type, at, at, text)
			.update();
		return id;
	}

	private List<String> row(UUID id) {
		return jdbc.sql("SELECT text, text_en FROM incident_timeline WHERE id = ?")
			.param(id)
			.query((rs, n) -> Arrays.asList(rs.getString("text"), rs.getString("text_en")))
			.single();
	}

	private List<String> log(String id, String language) throws Exception {
		String body = mvc
			.perform(get("/api/v1/incidents/" + id + "/timeline").param("kind", "LOG")
				.param("size", "100")
				.header("Authorization", handler.bearer())
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].text");
	}

	private String page(String id, String language) throws Exception {
		return mvc.perform(get("/incidents/" + id).with(as(handler)).cookie(new Cookie("hikeshi-lang", language)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String open(String title) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title
						+ "\",\"category\":\"MALWARE\",\"urgency\":\"HIGH\",\"severity\":\"MINOR\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}
