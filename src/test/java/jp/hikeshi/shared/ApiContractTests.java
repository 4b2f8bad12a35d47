package jp.hikeshi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/**
 * The OpenAPI document says what the server does: bearer scheme, 201 for creations,
 * problem+json errors.
 */
@WebTest
class ApiContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	TestUser admin;

	DocumentContext document;

	@BeforeEach
	void setUp() throws Exception {
		handler = accounts.create("contract", Role.HANDLER);
		admin = accounts.create("contract-admin", Role.ADMIN);
		document = JsonPath.parse(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void declaresTheBearerSchemeForEveryCall() {
		assertThat((String) document.read("$.components.securitySchemes.bearer.type")).isEqualTo("http");
		assertThat((String) document.read("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
		assertThat((List<?>) document.read("$.security[*].bearer")).hasSize(1);
	}

	@Test
	void describesEveryErrorAsAProblemDocumentWithItsSchema() {
		Map<String, Map<String, Map<String, Object>>> paths = document.read("$.paths");
		List<String> wrong = new ArrayList<>();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
			assertThat(responses).as(method + " " + path).containsKeys("401", "500");
			responses.forEach((code, response) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> content = (Map<String, Object>) response.get("content");
				if (content != null && content.containsKey("*/*")) {
					wrong.add(method + " " + path + " " + code + " */*");
				}
				if (!code.startsWith("2") && !code.startsWith("3")) {
					String ref = content == null || !content.containsKey("application/problem+json") ? null
							: JsonPath.read(content, "$['application/problem+json'].schema.$ref");
					if (!"#/components/schemas/Problem".equals(ref)) {
						wrong.add(method + " " + path + " " + code);
					}
				}
			});
		}));
		assertThat(wrong).isEmpty();
		assertThat((Map<String, Object>) document.read("$.components.schemas.Problem.properties")).containsKeys("type",
				"title", "status", "detail", "instance", "errors");
	}

	@Test
	void eachMainCreationAnswersTheDocumented201() throws Exception {
		String incident = created("/api/v1/incidents", handler, """
				{"title":"契約テスト","category":"MALWARE","urgency":"LOW","severity":"MINOR"}""");
		created("/api/v1/reports", handler, """
				{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"鈴木 一郎","reporterContact":"内線 201",
				 "summary":"契約テスト","category":"MALWARE","channel":"PHONE"}""");
		created("/api/v1/assets", handler, "{\"name\":\"契約 " + UUID.randomUUID() + "\",\"kind\":\"SERVER\"}");
		created("/api/v1/vendors", admin,
				"{\"name\":\"保守社 " + UUID.randomUUID() + "\",\"emergencyPhone\":\"0120-000-000\"}");
		created("/api/v1/contacts", handler, "{\"name\":\"連絡先 " + UUID.randomUUID() + "\",\"department\":\"総務部\"}");
		created("/api/v1/incidents/{incidentId}/observables", handler,
				"{\"type\":\"DOMAIN\",\"value\":\"c-" + UUID.randomUUID().toString().substring(0, 8) + ".example\"}",
				incident);
		created("/api/v1/incidents/{incidentId}/evidence", handler, "{\"kind\":\"DOCUMENT\",\"title\":\"運用手順書\"}",
				incident);
		created("/api/v1/incidents/{incidentId}/tasks", handler, "{\"process\":\"RESPONSE\",\"title\":\"契約テストの作業\"}",
				incident);
	}

	@Test
	void theExamplesOfTheMainBodiesAreAcceptedAsTheyStand() throws Exception {
		for (String path : List.of("/api/v1/reports", "/api/v1/incidents", "/api/v1/alerts")) {
			Object example = document
				.read("$.paths['" + path + "'].post.requestBody.content['application/json'].example");
			assertThat(example).as(path).isNotNull();
			int status = mvc
				.perform(post(path).header("Authorization", handler.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content(JsonPath.parse(example).jsonString()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isIn(200, 201);
		}
	}

	/**
	 * Every documented operation is called once in a way that cannot change anything
	 * (unknown ids, or a malformed body before anything is read); the status the server
	 * answers must be one the document lists for it, and an error must come as a problem
	 * document. Operations that would change shared data without a body or an id (e.g. a
	 * mail-intake poll) are not called.
	 */
	@Test
	void everyDocumentedOperationAnswersOnlyDocumentedCodes() throws Exception {
		TestUser all = accounts.create("contract-crawl", Role.ADMIN, Role.HANDLER, Role.MANAGER);
		Map<String, Map<String, Map<String, Object>>> paths = document.read("$.paths");
		List<String> wrong = new ArrayList<>();
		int called = 0;
		for (var path : paths.entrySet()) {
			boolean variables = path.getKey().contains("{");
			String url = path.getKey()
				.replaceAll("\\{[^}]*[iI]d\\}", UUID.randomUUID().toString())
				.replaceAll("\\{[^}]*\\}", "no-such-thing");
			for (var operation : path.getValue().entrySet()) {
				String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
				boolean body = operation.getValue().containsKey("requestBody");
				if (!method.equals("GET") && !variables && !body) {
					continue;
				}
				var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.request(org.springframework.http.HttpMethod.valueOf(method), url)
					.header("Authorization", all.bearer());
				if (body && !method.equals("GET")) {
					request.contentType(MediaType.APPLICATION_JSON).content("{\"unreadable\": ");
				}
				var response = mvc.perform(request).andReturn().getResponse();
				called++;
				@SuppressWarnings("unchecked")
				Map<String, Object> documented = (Map<String, Object>) operation.getValue().get("responses");
				String code = String.valueOf(response.getStatus());
				if (!documented.containsKey(code)) {
					wrong.add(
							method + " " + path.getKey() + " answered " + code + ", documented " + documented.keySet());
				}
				else if (response.getStatus() >= 400 && (response.getContentType() == null
						|| !response.getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
					wrong.add(method + " " + path.getKey() + " answered " + code + " as " + response.getContentType());
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(called).isGreaterThan(100);
	}

	/**
	 * Checks the document lists 201 and not 200 for the POST, then that the server
	 * answers 201.
	 */
	String created(String path, TestUser user, String body, Object... variables) throws Exception {
		Map<String, Object> responses = document.read("$.paths['" + path + "'].post.responses");
		assertThat(responses).as("POST " + path).containsKey("201");
		if (!path.endsWith("/observables")) {
			// the observables POST also takes a pasted list (text/plain), answered 200
			// with what was refused
			assertThat(responses).as("POST " + path).doesNotContainKey("200");
		}
		String answer = mvc
			.perform(post(path, variables).header("Authorization", user.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.id").toString();
	}

}
