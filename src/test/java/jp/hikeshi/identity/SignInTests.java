package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.internal.Users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void signsInWithTheFormAndLandsOnTheHomePage() throws Exception {
		TestUser u = accounts.create("form", Role.REPORTER);
		mvc.perform(formLogin("/login").user(u.username()).password(u.password())).andExpect(redirectedUrl("/"));
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/reports")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("ログイン")));
		mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
		TestUser u = accounts.create("lock", Role.REPORTER);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(u.username()).password("wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(users.findByUsername(u.username()).orElseThrow().lockedUntil()).isNotNull();
		mvc.perform(formLogin("/login").user(u.username()).password(u.password()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anAdministratorLiftsALock() throws Exception {
		TestUser u = accounts.create("unlock", Role.REPORTER);
		TestUser admin = accounts.create("admin", Role.ADMIN);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(u.username()).password("wrong"));
		}
		mvc.perform(post("/admin/users/" + u.actor().id() + "/unlock")
			.with(user(userDetails.loadUserByUsername(admin.username())))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user(u.username()).password(u.password())).andExpect(redirectedUrl("/"));
	}

	@Test
	void issuesATokenUnderBasicAuthAndStoresOnlyItsHash() throws Exception {
		TestUser u = accounts.create("basic", Role.HANDLER);
		String body = mvc
			.perform(post("/api/v1/tokens").with(httpBasic(u.username(), u.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"script\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		assertThat(token).startsWith("hks_").hasSizeGreaterThan(40);
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class).single())
			.isZero();

		mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		String id = JsonPath.read(body, "$.id");
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesBasicAuthOnTheApiOtherThanForIssuingTokens() throws Exception {
		TestUser u = accounts.create("nobasic", Role.HANDLER);
		mvc.perform(get("/api/v1/reports").with(httpBasic(u.username(), u.password())))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/tokens").with(httpBasic(u.username(), "wrong"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void answersTheApiInTheUsersLanguageWhenNoAcceptLanguageIsSent() throws Exception {
		TestUser english = accounts.create("api-en", java.util.Locale.ENGLISH, Role.HANDLER);
		mvc.perform(post("/api/v1/reports").header("Authorization", english.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(jsonPath("$.title").value("Invalid input"));
		mvc.perform(post("/api/v1/reports").header("Authorization", english.bearer())
			.header("Accept-Language", "ja-JP")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(jsonPath("$.title").value("入力内容に誤りがあります"));
	}

}
