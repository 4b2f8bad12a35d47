package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.internal.Users;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19 item 4: the one password policy on every way a password is set, and the end of
 * web sessions.
 */
@WebTest
class PasswordAndSessionTests {

	private static final String GOOD = "Kx9#mPq2vL7!";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService userDetails;

	@Test
	@DisplayName("SEC-PW: the users API refuses a password breaking the policy, worded per rule")
	void usersApiAppliesThePolicy() throws Exception {
		TestUser admin = accounts.create("pwapi", Role.ADMIN);
		String name = "kato-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/users").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + name
					+ "\",\"displayName\":\"加藤\",\"password\":\"aaaaaaaaaaaa\",\"roles\":[\"REPORTER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("5 種類以上の文字を使ってください（同じ文字の繰り返しは推測されやすいため）"));
		mvc.perform(post("/api/v1/users").header("Authorization", admin.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + name + "\",\"displayName\":\"加藤\",\"password\":\"x-" + name
					+ "-2026\",\"roles\":[\"REPORTER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The password must not contain the user name"));
		assertThat(users.findByUsername(name)).isEmpty();
	}

	@Test
	@DisplayName("SEC-PW: an administrator's new account and password reset on the pages follow the policy")
	void adminPagesApplyThePolicy() throws Exception {
		TestUser admin = accounts.create("pwpage", Role.ADMIN);
		TestUser user = accounts.create("pwreset", Role.REPORTER);
		mvc.perform(post("/admin/users").with(as(admin))
			.with(csrf())
			.param("username", "sato-" + UUID.randomUUID().toString().substring(0, 6))
			.param("displayName", "佐藤")
			.param("password", "qwerty123456")
			.param("roles", "REPORTER")
			.param("locale", "ja"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("よく使われる（または漏えいした）パスワードです")));
		mvc.perform(post("/admin/users/" + user.actor().id() + "/password").with(as(admin))
			.with(csrf())
			.param("password", "short"))
			.andExpect(flash().attribute("passwordErrors", org.hamcrest.Matchers.hasSize(1)));
		mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("SEC-PW: the set-up wizard refuses an initial password containing the user name")
	void setupWizardAppliesThePolicy() throws Exception {
		TestUser admin = accounts.create("pwsetup", Role.ADMIN);
		String name = "kocho-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/setup/responsible").with(as(admin))
			.with(csrf())
			.param("responsible.username", name)
			.param("responsible.displayName", "校長")
			.param("responsible.password", name + "-pass-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("パスワードにユーザー名を含めないでください")));
	}

	@Test
	@DisplayName("SEC-PW: the rules are shown beside every password field before submission, in Japanese and English")
	void formsShowTheRules() throws Exception {
		TestUser admin = accounts.create("pwrules", Role.ADMIN);
		for (String page : new String[] { "/profile", "/admin/users", "/admin/users/" + admin.actor().id(),
				"/setup/responsible" }) {
			mvc.perform(get(page).with(as(admin)))
				.andExpect(content().string(
						allOf(containsString("パスワードの条件"), containsString("12 文字以上"), containsString("ユーザー名を含まないもの"))));
		}
		mvc.perform(get("/profile").param("lang", "en").with(as(admin)))
			.andExpect(
					content().string(allOf(containsString("Password rules"), containsString("12 characters or more"))));
	}

	@Test
	@DisplayName("SEC-PW SEC-SESSION: changing one's password needs the current one, follows the policy and ends the other sessions")
	void passwordChangeEndsOtherSessions() throws Exception {
		TestUser user = accounts.create("pwown", Role.REPORTER);
		MockHttpSession here = signIn(user.username(), user.password());
		MockHttpSession elsewhere = signIn(user.username(), user.password());
		mvc.perform(post("/profile/password").session(here)
			.with(csrf())
			.param("currentPassword", "wrong")
			.param("newPassword", GOOD))
			.andExpect(flash().attribute("passwordErrors", org.hamcrest.Matchers.hasSize(1)));
		mvc.perform(post("/profile/password").session(here)
			.with(csrf())
			.param("currentPassword", user.password())
			.param("newPassword", "password1234")).andExpect(flash().attributeExists("passwordErrors"));
		mvc.perform(get("/profile").session(elsewhere)).andExpect(status().isOk());
		mvc.perform(post("/profile/password").session(here)
			.with(csrf())
			.param("currentPassword", user.password())
			.param("newPassword", GOOD))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "user.password.changed"));
		mvc.perform(get("/profile").session(here)).andExpect(status().isOk());
		mvc.perform(get("/profile").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
		signIn(user.username(), GOOD);
	}

	@Test
	@DisplayName("SEC-SESSION: an administrator's password reset ends the user's sessions")
	void passwordResetEndsTheUsersSessions() throws Exception {
		TestUser admin = accounts.create("pwadm", Role.ADMIN);
		TestUser user = accounts.create("pwreset2", Role.REPORTER);
		MockHttpSession session = signIn(user.username(), user.password());
		mvc.perform(post("/admin/users/" + user.actor().id() + "/password").with(as(admin))
			.with(csrf())
			.param("password", GOOD)).andExpect(flash().attribute("flash", "user.passwordReset"));
		mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	@DisplayName("SEC-SESSION: sign out everywhere ends every session of the user")
	void signOutEverywhere() throws Exception {
		TestUser user = accounts.create("everywhere", Role.REPORTER);
		MockHttpSession here = signIn(user.username(), user.password());
		MockHttpSession elsewhere = signIn(user.username(), user.password());
		mvc.perform(post("/profile/sessions/end").session(here).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/profile").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	@DisplayName("SEC-SESSION: a session idle longer than the setting (30 minutes) ends at its next request")
	void idleSessionEnds() throws Exception {
		TestUser user = accounts.create("idle", Role.REPORTER);
		MockHttpSession session = signIn(user.username(), user.password());
		mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
		String lastSeen = "jp.hikeshi.identity.internal.SessionLifetime.lastSeen";
		session.setAttribute(lastSeen, Instant.now().minusSeconds(29 * 60));
		mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
		session.setAttribute(lastSeen, Instant.now().minusSeconds(31 * 60));
		mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private RequestPostProcessor as(TestUser user) {
		return user(userDetails.loadUserByUsername(user.username()));
	}

}
