package jp.hikeshi.directory;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SetupPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SetupWizard wizard;

	/**
	 * The progress is one row per organisation shared by all tests: each test here starts
	 * from a fresh set-up.
	 */
	@BeforeEach
	void startAfresh() {
		jdbc.sql("DELETE FROM setup_progress").update();
	}

	@Test
	@DisplayName("GEN-2 an administrator's first home page after signing in is the set-up until it is skipped; others go home")
	void administratorIsSentToTheSetupAfterSigningInUntilSkipped() throws Exception {
		TestUser admin = accounts.create("setup-adm", Role.ADMIN);
		MockHttpSession session = signIn(admin);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		TestUser handler = accounts.create("setup-h", Role.HANDLER);
		mvc.perform(get("/").session(signIn(handler))).andExpect(status().isOk());

		mvc.perform(post("/setup/skip").session(session).with(csrf())).andExpect(redirectedUrl("/"));
		assertThat(wizard.pending(admin.actor().organisation())).isFalse();
		mvc.perform(get("/").session(signIn(admin))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("GEN-2 once the set-up is complete an administrator signing in goes home")
	void noRedirectAfterTheSetupIsComplete() throws Exception {
		TestUser admin = accounts.create("setup-adm", Role.ADMIN);
		mvc.perform(get("/").session(signIn(admin))).andExpect(redirectedUrl("/setup"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/setup")
			.header("Authorization", admin.bearer())
			.contentType("application/json")
			.content(SetupApiTests.answers(SetupApiTests.suffix()))).andExpect(status().isOk());
		mvc.perform(get("/").session(signIn(admin))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("GEN-2 the set-up pages go step by step (1/5 … 5/5), show faults beside their fields, resume at the first unanswered step and complete")
	void pagesGoStepByStepAndResume() throws Exception {
		TestUser admin = accounts.create("setup-adm", Role.ADMIN);
		String s = SetupApiTests.suffix();
		mvc.perform(get("/setup").with(as(admin))).andExpect(redirectedUrl("/setup/organisation"));
		mvc.perform(get("/setup/organisation").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1/5"), containsString("組織名（日本語）"), containsString("医療機関"),
					containsString("初期設定はあとで行う"))));
		mvc.perform(post("/setup/organisation").with(as(admin))
			.with(csrf())
			.param("organisation.nameJa", "みどり小学校 " + s)
			.param("organisation.kind", "SCHOOL")).andExpect(redirectedUrl("/setup/responsible"));
		mvc.perform(get("/setup").with(as(admin))).andExpect(redirectedUrl("/setup/responsible"));

		mvc.perform(post("/setup/responsible").with(as(admin))
			.with(csrf())
			.param("responsible.username", "kocho-" + s)
			.param("responsible.displayName", "校長 " + s)
			.param("responsible.password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2/5"), containsString("パスワードは 12 文字以上にしてください"),
					containsString("kocho-" + s))));
		mvc.perform(post("/setup/responsible").with(as(admin))
			.with(csrf())
			.param("responsible.username", "kocho-" + s)
			.param("responsible.displayName", "校長 " + s)
			.param("responsible.password", "initial-pass-1")).andExpect(redirectedUrl("/setup/desk"));
		mvc.perform(get("/setup/desk").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("3/5"), containsString("戻る"), containsString("この手順をとばす"))));
		mvc.perform(
				post("/setup/desk").with(as(admin)).with(csrf()).param("desk.userId", admin.actor().id().toString()))
			.andExpect(redirectedUrl("/setup/vendor"));
		mvc.perform(get("/setup").with(as(admin))).andExpect(redirectedUrl("/setup/vendor"));
		mvc.perform(post("/setup/vendor").with(as(admin))
			.with(csrf())
			.param("vendor.name", "学校ネット保守 " + s)
			.param("vendor.emergencyPhone", "03-9999-0000")
			.param("vendor.account.username", "gakko-vendor-" + s)
			.param("vendor.account.displayName", "保守 " + s)
			.param("vendor.account.password", "initial-pass-2")).andExpect(redirectedUrl("/setup/contacts"));
		mvc.perform(get("/setup/contacts").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("5/5"), containsString("保存して完了"))));
		mvc.perform(post("/setup/contacts").with(as(admin))
			.with(csrf())
			.param("management.userId", "")
			.param("pr.username", "")
			.param("legal.username", "")).andExpect(redirectedUrl("/setup/done"));
		mvc.perform(get("/setup/done").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("初期設定が完了しました"), containsString("みどり小学校 " + s))));
		mvc.perform(get("/setup").with(as(admin))).andExpect(redirectedUrl("/setup/done"));
		mvc.perform(get("/setup/responsible").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("selected=\"selected\"")));
		assertThat(wizard.state(admin.actor().organisation()).completed()).isTrue();
	}

	@Test
	@DisplayName("GEN-2 the set-up is skipped over the API and says so")
	void skipsOverTheApi() throws Exception {
		TestUser admin = accounts.create("setup-adm", Role.ADMIN);
		mvc.perform(post("/api/v1/setup/skip").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.skipped").value(true))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.completed")
				.value(false));
		mvc.perform(get("/").session(signIn(admin))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("GEN-2 only administrators see the set-up pages")
	void othersCannotOpenTheSetup() throws Exception {
		TestUser handler = accounts.create("setup-h", Role.HANDLER, Role.MANAGER);
		mvc.perform(get("/setup/organisation").with(as(handler))).andExpect(status().isForbidden());
	}

	private MockHttpSession signIn(TestUser user) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(user.username()).password(user.password()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
