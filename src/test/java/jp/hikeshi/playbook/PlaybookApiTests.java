package jp.hikeshi.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.playbook.internal.PlaybookDocument;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class PlaybookApiTests {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlaybookLibrary library;

	@Autowired
	JdbcClient jdbc;

	TestUser admin;

	@BeforeEach
	void setUp() {
		admin = accounts.create("pb-admin", Role.ADMIN);
	}

	static String code() {
		return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	static String document(String code, String titleJa) {
		return """
				# テスト用
				code: %s
				title: {ja: "%s", en: Test playbook}
				description:
				  ja: 説明
				  en: Description
				categories: [MALWARE]
				rules:
				  - requirement: REP-5
				    text: {ja: 支払わない, en: Never pay}
				tasks:
				  - key: isolate
				    process: RES
				    requirement: RES-3
				    role: CONTACT
				    due: PT4H
				    mandatory: true
				    title: {ja: 端末の隔離, en: Isolate the device}
				    guidance:
				      ja: |-
				        LANケーブルを抜きます。
				        電源は切りません。
				      en: Unplug the LAN cable.
				    checklist:
				      - {ja: 抜いた, en: Unplugged}
				  - key: report
				    process: REP
				    requirement: REP-1
				    role: LEAD
				    title: {ja: 報告, en: Report}
				""".formatted(code, titleJa);
	}

	String importYaml(String text) throws Exception {
		return mvc
			.perform(post("/api/v1/playbooks").header("Authorization", admin.bearer()).contentType(YAML).content(text))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long versions() {
		return jdbc.sql("SELECT COUNT(*) FROM playbook_version").query(Long.class).single();
	}

	@Test
	@DisplayName("GEN-3 the API lists the active playbooks with their tasks in camelCase JSON")
	void listsTheActivePlaybooks() throws Exception {
		TestUser handler = accounts.create("pb-handler", Role.HANDLER);
		mvc.perform(get("/api/v1/playbooks").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("RANSOMWARE")))
			.andExpect(jsonPath("$[?(@.code == 'RANSOMWARE')].tasks[?(@.key == 'protect-backups')].due")
				.value(hasItem("PT2H")))
			.andExpect(jsonPath("$[?(@.code == 'RANSOMWARE')].tasks[?(@.key == 'protect-backups')].process")
				.value(hasItem("RESPONSE")))
			.andExpect(jsonPath("$[?(@.code == 'RANSOMWARE')].rules[0].text.ja").value(hasItem(containsString("身代金"))));
		mvc.perform(get("/api/v1/playbooks/RANSOMWARE").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.code").value("RANSOMWARE"))
			.andExpect(jsonPath("$.retiredAt").doesNotExist());
	}

	@Test
	@DisplayName("GEN-3 importing a document with an existing code stores version 2 and version 1 stays readable")
	void importingAgainStoresTheNextVersion() throws Exception {
		String code = code();
		String first = importYaml(document(code, "初版"));
		assertThat((Integer) JsonPath.read(first, "$.version")).isEqualTo(1);
		String firstId = JsonPath.read(first, "$.id");
		String second = importYaml(document(code, "第2版"));
		assertThat((Integer) JsonPath.read(second, "$.version")).isEqualTo(2);

		mvc.perform(get("/api/v1/playbooks/" + code).header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.title.ja").value("第2版"));
		mvc.perform(get("/api/v1/playbooks/" + code + "/versions/1").header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$.title.ja").value("初版"))
			.andExpect(jsonPath("$.tasks[0].guidance.ja").value("LANケーブルを抜きます。\n電源は切りません。"));
		mvc.perform(get("/api/v1/playbooks/" + code + "/versions").header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$[*].version").value(org.hamcrest.Matchers.contains(2, 1)))
			.andExpect(jsonPath("$[1].createdBy").value(admin.username()));
		assertThat(library.version(OrganisationId.DEFAULT, UUID.fromString(firstId))).get()
			.extracting(v -> v.title().ja())
			.isEqualTo("初版");
		assertThat(library.latest(OrganisationId.DEFAULT, code)).get()
			.extracting(PlaybookVersion::version)
			.isEqualTo(2);
	}

	@ParameterizedTest(name = "GEN-3 {0} → {1}")
	@DisplayName("GEN-3 a malformed upload is answered with the path and reason of each fault and changes nothing")
	@CsvSource(delimiter = '|', value = {
			"process: RES|tasks[0].process|process: XYZ|\"XYZ\" must be one of DET, TRI, RES, REP (line 13)",
			"key: report|tasks[1].key|key: isolate|duplicate key \"isolate\" (same as tasks[0]) (line 26)",
			"requirement: RES-3|tasks[0].requirement|requirement: RES-9|no requirement \"RES-9\"",
			"due: PT4H|tasks[0].due|due: 4 hours|\"4 hours\" is not a duration",
			"role: CONTACT|tasks[0].role|role: contact person|\"contact person\" is not a role code",
			"mandatory: true|tasks[0].mandatory|mandatory: maybe|\"maybe\" must be true or false",
			"  en: Description|description.english|  english: Description|unknown field \"english\"; allowed: ja, en",
			"title: {ja: 報告, en: Report}|tasks[1].title.en|title: {ja: 報告}|is required",
			"categories: [MALWARE]|categories[0]|categories: [NOPE]|no event category \"NOPE\"",
			"    due: PT4H|tasks[0].due|    due: PT4H\\n    due: PT8H|field \"due\" is written twice",
			"    role: CONTACT|document|    role: CONTACT\\n   bad: [|The YAML / JSON is malformed (line",
			"code: |code|code: ransomware-x #|is not a valid code" })
	void rejectsAMalformedUploadPrecisely(String replace, String field, String with, String message) throws Exception {
		String code = code();
		String text = document(code, "不正").replace(replace.equals("code: ") ? "code: " + code : replace,
				with.replace("\\n", "\n"));
		long before = versions();
		mvc.perform(post("/api/v1/playbooks").header("Authorization", admin.bearer())
			.header("Accept-Language", "en")
			.contentType(YAML)
			.content(text))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message")
				.value(hasItem(containsString(message))));
		assertThat(versions()).isEqualTo(before);
		mvc.perform(get("/api/v1/playbooks/" + code).header("Authorization", admin.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("GEN-3 errors are given in Japanese to a Japanese reader, and a bad new version leaves the playbook as it was")
	void rejectsABadNewVersionInJapanese() throws Exception {
		String code = code();
		importYaml(document(code, "初版"));
		long before = versions();
		mvc.perform(post("/api/v1/playbooks").header("Authorization", admin.bearer())
			.header("Accept-Language", "ja")
			.contentType(YAML)
			.content(document(code, "第2版").replace("process: REP", "process: REPORT")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tasks[1].process"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("DET, TRI, RES, REP のいずれかにしてください（27行目）")));
		assertThat(versions()).isEqualTo(before);
		mvc.perform(get("/api/v1/playbooks/" + code).header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	@DisplayName("GEN-3 an exported playbook imports again as an equal playbook, and JSON imports export as YAML")
	void exportThenImportRoundTrips() throws Exception {
		String code = code();
		importYaml(document(code, "往復"));
		var exported = mvc.perform(get("/api/v1/playbooks/" + code + "/export").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(code + "-v1.yaml")))
			.andExpect(content().contentTypeCompatibleWith("application/yaml"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		importYaml(exported);
		PlaybookVersion v1 = library.latest(OrganisationId.DEFAULT, code).map(v -> v).orElseThrow();
		assertThat(v1.version()).isEqualTo(2);
		String firstJson = mvc
			.perform(get("/api/v1/playbooks/" + code + "/versions/1").header("Authorization", admin.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String json = JsonPath.parse(firstJson).delete("$.id").delete("$.version").delete("$.createdAt").jsonString();

		// the same structure as JSON is accepted, stored as the equivalent YAML and
		// exported as YAML
		String asJson = json.replace("\"DETECTION\"", "\"DET\"")
			.replace("\"TRIAGE\"", "\"TRI\"")
			.replace("\"RESPONSE\"", "\"RES\"")
			.replace("\"REPORTING\"", "\"REP\"")
			.replace(",\"retiredAt\":null", "");
		String stored = mvc
			.perform(post("/api/v1/playbooks").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(asJson))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(stored).contains("LANケーブルを抜きます。\\n電源は切りません。");
		String yaml = mvc.perform(get("/api/v1/playbooks/" + code + "/export").header("Authorization", admin.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(yaml).startsWith("code: " + code).contains("process: RES").doesNotContain("{\"code\"");
		PlaybookDocument first = PlaybookDocument
			.of(library.version(OrganisationId.DEFAULT, UUID.fromString(JsonPath.read(firstJson, "$.id")))
				.orElseThrow());
		assertThat(library.active(OrganisationId.DEFAULT)).filteredOn(v -> v.code().equals(code))
			.singleElement()
			.satisfies(v -> assertThat(PlaybookDocument.of(v)).isEqualTo(first));
		assertThat(PlaybookDocument.of(v1)).isEqualTo(first);
	}

	@Test
	@DisplayName("GEN-3 a retired playbook is not offered for applying but its versions stay readable; restoring offers it again")
	void retiringHidesAPlaybookFromTheActiveList() throws Exception {
		String code = code();
		String id = JsonPath.read(importYaml(document(code, "引退")), "$.id");
		mvc.perform(post("/api/v1/playbooks/" + code + "/retire").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retiredAt").exists());
		mvc.perform(get("/api/v1/playbooks").header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$[*].code", not(hasItem(code))));
		mvc.perform(get("/api/v1/playbooks").param("includeRetired", "true").header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$[*].code", hasItem(code)));
		assertThat(library.active(OrganisationId.DEFAULT)).extracting(PlaybookVersion::code).doesNotContain(code);
		assertThat(library.latest(OrganisationId.DEFAULT, code)).isEmpty();
		assertThat(library.version(OrganisationId.DEFAULT, UUID.fromString(id))).get()
			.satisfies(v -> assertThat(v.retired()).isTrue());

		mvc.perform(post("/api/v1/playbooks/" + code + "/restore").header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$.retiredAt").doesNotExist());
		assertThat(library.latest(OrganisationId.DEFAULT, code)).isPresent();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'PLAYBOOK' AND object_id = ?")
						.param(code)
						.query(String.class)
						.list())
				.containsExactlyInAnyOrder("PLAYBOOK_CREATED", "PLAYBOOK_RETIRED", "PLAYBOOK_RESTORED"));
	}

	@Test
	@DisplayName("GEN-3 reporters and vendors may not read playbooks; only administrators manage them")
	void onlyStaffReadAndOnlyAdministratorsWrite() throws Exception {
		for (Role role : new Role[] { Role.REPORTER, Role.VENDOR }) {
			TestUser user = accounts.create("pb-deny", role);
			mvc.perform(get("/api/v1/playbooks").header("Authorization", user.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/playbooks/RANSOMWARE/export").header("Authorization", user.bearer()))
				.andExpect(status().isForbidden());
		}
		TestUser handler = accounts.create("pb-handler", Role.HANDLER);
		TestUser manager = accounts.create("pb-manager", Role.MANAGER);
		mvc.perform(get("/api/v1/playbooks/RANSOMWARE/versions").header("Authorization", manager.bearer()))
			.andExpect(status().isOk());
		long before = versions();
		mvc.perform(post("/api/v1/playbooks").header("Authorization", handler.bearer())
			.contentType(YAML)
			.content(document(code(), "権限なし"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/playbooks/RANSOMWARE/retire").header("Authorization", handler.bearer()))
			.andExpect(status().isForbidden());
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	@DisplayName("GEN-3 the document format is published as a JSON Schema and the endpoints in the OpenAPI document")
	void publishesTheSchema() throws Exception {
		TestUser handler = accounts.create("pb-handler", Role.HANDLER);
		mvc.perform(get("/api/v1/playbooks/schema").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/schema+json"))
			.andExpect(jsonPath("$.$schema").value("https://json-schema.org/draft/2020-12/schema"))
			.andExpect(jsonPath("$.properties.tasks.items.properties.process.enum")
				.value(org.hamcrest.Matchers.contains("DET", "TRI", "RES", "REP")))
			.andExpect(jsonPath("$.properties.tasks.items.properties.requirement.enum", hasItem("GEN-3")))
			.andExpect(jsonPath("$.properties.tasks.items.additionalProperties").value(false));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/playbooks'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/playbooks/{code}/versions/{version}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/playbooks/{code}/export'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/playbooks/{code}/retire'].post").exists());
	}

}
