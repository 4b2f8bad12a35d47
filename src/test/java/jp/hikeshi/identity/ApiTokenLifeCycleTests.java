package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue 19 item 3: an API token's scopes, expiry, last use, revocation, and the account
 * states that stop it.
 */
@WebTest
class ApiTokenLifeCycleTests {

	private static final String REPORT = """
			{"category":"MALWARE","channel":"PHONE","summary":"不審なメール","description":"添付を開いた",
			 "reporterName":"総務課 山田","reporterContact":"内線 123","detectedAt":"2026-04-01T09:00:00+09:00"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("SEC-TOKEN: a READ_ONLY token reads but may not write, answered 403 as problem+json")
	void readOnlyTokenReadsButDoesNotWrite() throws Exception {
		TestUser handler = accounts.create("ro", Role.HANDLER);
		String token = issue(handler, "{\"name\":\"dashboard\",\"scopes\":[\"READ_ONLY\"]}");
		mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("トークンの範囲外です"));
		mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"escalate\"}")).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("SEC-TOKEN: a REPORT_INTAKE token files reports and alerts and reads them back, nothing else")
	void reportIntakeTokenFilesAndReadsBackReportsOnly() throws Exception {
		TestUser handler = accounts.create("intake", Role.HANDLER);
		String token = issue(handler, "{\"name\":\"gateway\",\"scopes\":[\"REPORT_INTAKE\"]}");
		String created = mvc
			.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(REPORT))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/" + id + "/reviewed").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("SEC-TOKEN: a token lives 90 days unless told otherwise, at most a year, never in the past")
	void expiryDefaultsToNinetyDaysAndIsBounded() throws Exception {
		TestUser user = accounts.create("expiry", Role.REPORTER);
		String answer = mvc
			.perform(post("/api/v1/tokens").with(httpBasic(user.username(), user.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"default\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scopes[0]").value("FULL"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant expiresAt = Instant.parse(JsonPath.read(answer, "$.expiresAt"));
		assertThat(expiresAt).isCloseTo(Instant.now().plus(Duration.ofDays(90)), within(Duration.ofMinutes(5)));
		for (Instant wrong : new Instant[] { Instant.now().minusSeconds(60),
				Instant.now().plus(Duration.ofDays(400)) }) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(user.username(), user.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"expiresAt\":\"" + wrong + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("expiresAt")));
		}
		mvc.perform(post("/api/v1/tokens").with(httpBasic(user.username(), user.password()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"scopes\":[\"EVERYTHING\"]}")).andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("SEC-TOKEN: an expired token is refused with 401 problem+json saying it expired")
	void refusesAnExpiredToken() throws Exception {
		TestUser user = accounts.create("expired", Role.REPORTER);
		mvc.perform(get("/api/v1/reports").header("Authorization", user.bearer())).andExpect(status().isOk());
		jdbc.sql("UPDATE api_token SET expires_at = ? WHERE user_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), user.actor().id())
			.update();
		mvc.perform(get("/api/v1/reports").header("Authorization", user.bearer()).header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Token expired"));
	}

	@Test
	@DisplayName("SEC-TOKEN: the token list shows when and from which address each token was last used")
	void showsLastUseTimeAndAddress() throws Exception {
		TestUser user = accounts.create("lastused", Role.REPORTER);
		mvc.perform(get("/api/v1/tokens").header("Authorization", user.bearer()))
			.andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());
		Instant first = Instant.parse(JsonPath.read(mvc.perform(get("/api/v1/tokens").with(request -> {
			request.setRemoteAddr("192.0.2.7");
			return request;
		}).header("Authorization", user.bearer()))
			.andExpect(jsonPath("$[0].lastUsedFrom").value("127.0.0.1"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].lastUsedAt"));
		// within the minute the use is not written again: the address stays the first one
		assertThat(first).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
		jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE user_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2), user.actor().id())
			.update();
		mvc.perform(get("/api/v1/tokens").with(request -> {
			request.setRemoteAddr("192.0.2.7");
			return request;
		}).header("Authorization", user.bearer()));
		mvc.perform(get("/api/v1/tokens").header("Authorization", user.bearer()))
			.andExpect(jsonPath("$[0].lastUsedFrom").value("192.0.2.7"));
	}

	@Test
	@DisplayName("SEC-TOKEN: the owner revokes a token and it stops at once")
	void ownerRevokesAToken() throws Exception {
		TestUser user = accounts.create("revoke", Role.REPORTER);
		String second = issue(user, "{\"name\":\"second\"}");
		String id = JsonPath.read(mvc.perform(get("/api/v1/tokens").header("Authorization", user.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", user.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer " + second))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/reports").header("Authorization", user.bearer())).andExpect(status().isOk());
	}

	@Test
	@DisplayName("SEC-TOKEN: an administrator lists and revokes another account's token")
	void administratorRevokesAnotherAccountsToken() throws Exception {
		TestUser admin = accounts.create("tokadmin", Role.ADMIN);
		TestUser user = accounts.create("tokowned", Role.REPORTER);
		String id = JsonPath.read(mvc
			.perform(get("/api/v1/tokens").param("user", user.actor().id().toString())
				.header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		mvc.perform(get("/api/v1/tokens").param("user", admin.actor().id().toString())
			.header("Authorization", user.bearer())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", admin.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/reports").header("Authorization", user.bearer())).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("SEC-TOKEN: locking a user (PATCH locked true) stops its tokens and its web sessions at once")
	void lockingStopsTokensAndSessions() throws Exception {
		stopsTokenAndSession("{\"locked\":true}");
	}

	@Test
	@DisplayName("SEC-TOKEN: deactivating a user (PATCH active false) stops its tokens and its web sessions at once")
	void deactivatingStopsTokensAndSessions() throws Exception {
		stopsTokenAndSession("{\"active\":false}");
	}

	@Test
	@DisplayName("SEC-TOKEN: five wrong passwords lock the account and stop its token")
	void lockOutStopsTheToken() throws Exception {
		TestUser user = accounts.create("lockout", Role.REPORTER);
		mvc.perform(post("/api/v1/reports").header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT)).andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("wrong-" + i));
		}
		mvc.perform(post("/api/v1/reports").header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT)).andExpect(status().isUnauthorized());
	}

	private void stopsTokenAndSession(String change) throws Exception {
		TestUser admin = accounts.create("stopper", Role.ADMIN);
		TestUser user = accounts.create("stopped", Role.REPORTER);
		MockHttpSession session = signIn(user);
		mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports").header("Authorization", user.bearer())).andExpect(status().isOk());
		mvc.perform(patch("/api/v1/users/" + user.actor().id()).header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports").header("Authorization", user.bearer()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("problem+json")));
		mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	private MockHttpSession signIn(TestUser user) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(user.username()).password(user.password()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private String issue(TestUser user, String body) throws Exception {
		ResultActions issued = mvc
			.perform(post("/api/v1/tokens").with(httpBasic(user.username(), user.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lastUsedAt").doesNotExist());
		return JsonPath.read(issued.andReturn().getResponse().getContentAsString(), "$.token");
	}

	private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
		return org.assertj.core.api.Assertions.within(duration.toSeconds(), ChronoUnit.SECONDS);
	}

}
