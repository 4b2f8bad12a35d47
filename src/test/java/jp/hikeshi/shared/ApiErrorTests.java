package jp.hikeshi.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every kind of bad API request is answered with an RFC 9457 problem document
 * (application/problem+json) with a type URI, title, detail and instance in the caller's
 * language (Japanese by default, English with Accept-Language: en), and {@code errors}
 * naming the faulty field where a field is at fault.
 */
@WebTest
@Import(ApiErrorTests.FailingApi.class)
class ApiErrorTests {

	private static final String JAPANESE = ".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("api-errors", Role.HANDLER);
	}

	/**
	 * Sends the request as the handler, in Japanese (no Accept-Language) or English, and
	 * checks the problem shape.
	 */
	ResultActions problem(AbstractMockHttpServletRequestBuilder<?> request, String language, int status)
			throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, handler.bearer());
		if (language.equals("en")) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
		}
		ResultActions result = mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(startsWith("https://hikeshi.jp/problems/")))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.instance").value(startsWith("/api/v1/")))
			.andExpect(jsonPath("$.trace").doesNotExist())
			.andExpect(jsonPath("$.exception").doesNotExist());
		if (language.equals("ja")) {
			result.andExpect(jsonPath("$.title").value(matchesPattern(JAPANESE)))
				.andExpect(jsonPath("$.detail").value(matchesPattern(JAPANESE)));
		}
		else {
			result.andExpect(jsonPath("$.title").value(not(matchesPattern(JAPANESE))))
				.andExpect(jsonPath("$.detail").value(not(matchesPattern(JAPANESE))))
				.andExpect(jsonPath("$.detail").value(matchesPattern(".*[a-z].*")));
		}
		return result;
	}

	IncidentView open() {
		return incidents.open(handler.actor(), NewIncident.of("API エラー", "MALWARE", Urgency.MEDIUM, "MODERATE"), null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anUnmappedPathIsA404Problem(String language) throws Exception {
		problem(get("/api/v1/nothing-here").header("X-Request-Id", "unmapped-" + language + "-7f3a9c"), language, 404)
			.andExpect(jsonPath("$.instance").value("/api/v1/nothing-here#unmapped-" + language + "-7f3a9c"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void aMethodThePathDoesNotAllowIsA405ProblemWithAllow(String language) throws Exception {
		problem(delete("/api/v1/evidence/" + UUID.randomUUID() + "/custody"), language, 405)
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")))
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")))
			.andExpect(jsonPath("$.detail").value(containsString("DELETE")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anUnacceptableAcceptHeaderIsA406Problem(String language) throws Exception {
		problem(get("/api/v1/reports").accept(MediaType.APPLICATION_XML), language, 406);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void aBodyOverTheLimitIsALocalised413Problem(String language) throws Exception {
		String big = "{\"summary\":\"" + "x".repeat(1024 * 1024) + "\"}";
		problem(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(big), language, 413)
			.andExpect(jsonPath("$.type").value("https://hikeshi.jp/problems/tooLarge"))
			.andExpect(jsonPath("$.detail").value(containsString("1,048,576")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anUnsupportedContentTypeIsA415ProblemWithAccept(String language) throws Exception {
		problem(post("/api/v1/reports").contentType(MediaType.TEXT_PLAIN).content("hello"), language, 415)
			.andExpect(header().string(HttpHeaders.ACCEPT, containsString("application/json")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anUnexpectedFailureIsA500ProblemWithoutItsCause(String language) throws Exception {
		problem(get("/api/v1/test-only/failure"), language, 500)
			.andExpect(jsonPath("$.detail").value(not(containsString("secret"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at jp.hikeshi"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void aFailureOutsideSpringMvcReachingTheErrorPageIsStillAProblemForTheApi(String language) throws Exception {
		problem(get("/error").requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/reports")
			.header("X-Request-Id", "dispatch-" + language + "-7f3a9c")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internal state")),
				language, 500)
			.andExpect(jsonPath("$.instance").value("/api/v1/reports#dispatch-" + language + "-7f3a9c"))
			.andExpect(content().string(not(containsString("secret"))));
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/incidents")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anUnknownEnumValueNamesTheFieldAndItsAllowedValues(String language) throws Exception {
		problem(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
				{"summary":"FAX で届いた","category":"MALWARE","channel":"FAX"}"""), language, 400)
			.andExpect(jsonPath("$.errors[0].field").value("channel"))
			.andExpect(jsonPath("$.errors[0].allowed", hasItem("PHONE")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("PHONE")))
			.andExpect(jsonPath("$.errors[0].message")
				.value(language.equals("ja") ? matchesPattern(JAPANESE) : not(matchesPattern(JAPANESE))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anUnknownPropertyIsRefusedNamingItsPath(String language) throws Exception {
		problem(post("/api/v1/reports/" + UUID.randomUUID() + "/triage").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"facts":{"damage":"YES","scope":"経理部"}}"""), language, 400)
			.andExpect(jsonPath("$.errors[0].field").value("facts.scope"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("scope")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anEvidenceUploadWithoutItsMetadataPartNamesThePart(String language) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "log.txt", "text/plain", "log".getBytes());
		problem(multipart("/api/v1/incidents/" + UUID.randomUUID() + "/evidence").file(file), language, 400)
			.andExpect(jsonPath("$.errors[0].field").value("metadata"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("metadata")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void malformedJsonIsA400ProblemSayingWhere(String language) throws Exception {
		problem(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("{\"summary\": "), language,
				400)
			.andExpect(jsonPath("$.type").value("https://hikeshi.jp/problems/unreadable"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void anExistingObservableWithAnotherTlpIsAConflictNamingTlp(String language) throws Exception {
		IncidentView incident = open();
		String ip = "203.0.113." + (1 + new java.util.Random().nextInt(250));
		mvc.perform(
				post("/api/v1/incidents/" + incident.id() + "/observables").header("Authorization", handler.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"type\":\"IP\",\"value\":\"" + ip + "\",\"tlp\":\"AMBER\"}"))
			.andExpect(status().isCreated());
		problem(post("/api/v1/incidents/" + incident.id() + "/observables").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"IP\",\"value\":\"" + ip + "\",\"tlp\":\"RED\"}"), language, 409)
			.andExpect(jsonPath("$.errors[0].field").value("tlp"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("TLP:AMBER")));
		mvc.perform(
				get("/api/v1/incidents/" + incident.id() + "/observables").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[0].tlp").value("AMBER"));
	}

	@Test
	void anExistingObservableTakesAnotherTlpOnlyWhenAskedExplicitly() throws Exception {
		IncidentView incident = open();
		String ip = "198.18.0." + (1 + new java.util.Random().nextInt(250));
		String url = "/api/v1/incidents/" + incident.id() + "/observables";
		mvc.perform(post(url).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"IP\",\"value\":\"" + ip + "\",\"tlp\":\"AMBER\"}")).andExpect(status().isCreated());
		mvc.perform(post(url).param("changeTlp", "true")
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"IP\",\"value\":\"" + ip + "\",\"tlp\":\"RED\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tlp").value("RED"));
		mvc.perform(post(url).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"IP\",\"value\":\"" + ip + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tlp").value("RED"));
	}

	@Test
	void pagesKeepTheirHtmlErrorPages() throws Exception {
		mvc.perform(get("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, handler.bearer())
			.header(HttpHeaders.ACCEPT_LANGUAGE, Locale.ENGLISH.toLanguageTag()))
			.andExpect(jsonPath("$.title").value("Not found"));
		mvc.perform(get("/no-such-page").with(jp.hikeshi.PageAuth.as(handler)))
			.andExpect(status().isNotFound())
			.andExpect(result -> org.assertj.core.api.Assertions
				.assertThat(String.valueOf(result.getResponse().getContentType()))
				.doesNotContain("problem"));
	}

	/** A REST controller that fails unexpectedly, for the 500 answer. */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/test-only/failure")
		String fail() {
			throw new IllegalStateException("secret internal state");
		}

	}

}
