package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.internal.Users;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(TestUser u) {
		return user(userDetails.loadUserByUsername(u.username()));
	}

	@Test
	void anAdministratorCreatesAUserWithRolesWhoCanThenSignIn() throws Exception {
		TestUser admin = accounts.create("adm", Role.ADMIN);
		String username = "vendor-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/users").with(as(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "保守ベンダー 担当")
			.param("email", "v@example.jp")
			.param("password", "long-enough-pw")
			.param("locale", "en")
			.param("roles", "VENDOR", "REPORTER")).andExpect(status().is3xxRedirection());
		var created = users.findByUsername(username).orElseThrow();
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.VENDOR, Role.REPORTER);
		assertThat(created.passwordHash()).startsWith("{bcrypt}").doesNotContain("long-enough-pw");
		mvc.perform(formLogin("/login").user(username).password("long-enough-pw")).andExpect(redirectedUrl("/"));
	}

	@Test
	void showsWhyAUserCannotBeCreated() throws Exception {
		TestUser admin = accounts.create("adm", Role.ADMIN);
		mvc.perform(post("/admin/users").with(as(admin))
			.with(csrf())
			.param("username", admin.username())
			.param("displayName", "")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("パスワードは 12 文字以上にしてください")))
			.andExpect(content().string(containsString("氏名を入力してください")))
			.andExpect(content().string(containsString("ロールを 1 つ以上選んでください")));
	}

	@Test
	void anAdministratorChangesRolesAndCannotLockThemselvesOut() throws Exception {
		TestUser admin = accounts.create("adm", Role.ADMIN);
		TestUser staff = accounts.create("staff", Role.REPORTER);
		mvc.perform(post("/admin/users/" + staff.actor().id()).with(as(admin))
			.with(csrf())
			.param("displayName", "昇格")
			.param("roles", "HANDLER")
			.param("enabled", "true")).andExpect(status().is3xxRedirection());
		assertThat(users.findByUsername(staff.username()).orElseThrow().roles()).containsExactly(Role.HANDLER);
		mvc.perform(post("/admin/users/" + admin.actor().id()).with(as(admin))
			.with(csrf())
			.param("displayName", "x")
			.param("roles", "HANDLER")
			.param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("自分自身の管理者ロール")));
	}

	@Test
	void onlyAdministratorsReachUserAdministration() throws Exception {
		TestUser handler = accounts.create("h", Role.HANDLER);
		mvc.perform(get("/admin/users").with(as(handler))).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledUserCannotSignIn() throws Exception {
		TestUser admin = accounts.create("adm", Role.ADMIN);
		TestUser staff = accounts.create("gone", Role.REPORTER);
		mvc.perform(post("/admin/users/" + staff.actor().id()).with(as(admin))
			.with(csrf())
			.param("displayName", "退職")
			.param("_enabled", "on")
			.param("roles", "REPORTER")).andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user(staff.username()).password(staff.password()))
			.andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/api/v1/reports").header("Authorization", staff.bearer()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("GEN-2 the users page lists and opens only the accounts of the administrator's own organisation")
	void anAdministratorSeesOnlyTheOwnOrganisationsAccounts() throws Exception {
		TestUser admin = accounts.create("adm-own", Role.ADMIN);
		TestUser colleague = accounts.create("colleague", Role.HANDLER);
		TestUser foreign = accounts.create("far-away", Role.HANDLER);
		UUID other = UUID.randomUUID();
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(other, "別組織 " + other)
			.update();
		jdbc.sql("UPDATE app_user SET organisation_id = ? WHERE id = ?").params(other, foreign.actor().id()).update();

		mvc.perform(get("/admin/users").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(colleague.username())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(foreign.username()))));
		mvc.perform(get("/admin/users/" + foreign.actor().id()).with(as(admin))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/" + foreign.actor().id() + "/unlock").with(as(admin)).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
