package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.identity.internal.Users;
import jp.hikeshi.identity.internal.sso.RoleMapping;
import jp.hikeshi.identity.internal.sso.SsoAdministration;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in through a real OpenID provider and a real LDAP directory, both started here,
 * against the whole application.
 */
@WebTest
class SsoSignInTests {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private static final String HANAKO = "hanako-" + RUN;

	private static final String TARO = "taro-" + RUN;

	static OpenIdTestProvider provider;
	static TestDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Users users;

	@Autowired
	SsoAdministration administration;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	OrganisationId organisation;

	@BeforeAll
	static void startServers() throws Exception {
		provider = OpenIdTestProvider.start(
				new OpenIdTestProvider.Person(HANAKO, "hanako-pass", "山田 花子", List.of("hikeshi-handlers", "everyone")),
				new OpenIdTestProvider.Person(TARO, "taro-pass", "田中 太郎", List.of("everyone")));
		directory = TestDirectory.start();
	}

	@AfterAll
	static void stopServers() {
		if (provider != null) {
			provider.close();
		}
		if (directory != null) {
			directory.close();
		}
	}

	@BeforeEach
	void setUp() {
		organisation = SsoFixtures.organisation(jdbc, "5e0a0000-0000-0000-0000-00000000f001", "SSO テスト市役所");
		SsoFixtures.useProvider(administration, organisation, provider, List
			.of(new RoleMapping("hikeshi-handlers", Role.HANDLER), new RoleMapping("hikeshi-managers", Role.MANAGER)));
		// the mapping is written in other letter case than the directory's memberOf:
		// group DNs compare as names
		SsoFixtures.useDirectory(administration, organisation, directory,
				List.of(new RoleMapping("cn=hikeshi-handlers,ou=groups,dc=example,dc=local", Role.HANDLER),
						new RoleMapping(TestDirectory.MANAGERS, Role.MANAGER)));
		provider.allowRedirect("http://localhost/login/oauth2/code/" + organisation.value());
	}

	@AfterEach
	void tearDown() {
		SsoFixtures.forget(jdbc, organisation);
	}

	@Test
	@DisplayName("SSO-1 the login page offers the organisation's provider, and nothing more when none is configured")
	void loginPageOffersTheProviderOnlyWhenConfigured() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("テスト認証基盤 でログイン")))
			.andExpect(content().string(containsString("/oauth2/authorization/" + organisation.value())));
		SsoFixtures.forget(jdbc, organisation);
		mvc.perform(get("/login")).andExpect(content().string(not(containsString("/oauth2/authorization/"))));
	}

	@Test
	@DisplayName("SSO-1 an OpenID Connect sign-in creates the account with the role its groups map to, and refreshes it at the next")
	void oidcSignInProvisionsTheAccountWithMappedRoles() throws Exception {
		MockHttpSession session = oidcSignIn(HANAKO, "hanako-pass");
		User hanako = users.findByUsername(HANAKO).orElseThrow();
		assertThat(hanako.roles()).containsExactly(Role.HANDLER);
		assertThat(hanako.displayName()).isEqualTo("山田 花子");
		assertThat(hanako.organisation()).isEqualTo(organisation);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		awaitAudit(HANAKO, "SSO_ACCOUNT_CREATED");
		awaitAudit(HANAKO, "SSO_LOGIN");

		SsoFixtures.useProvider(administration, organisation, provider,
				List.of(new RoleMapping("everyone", Role.REPORTER), new RoleMapping("hikeshi-handlers", Role.MANAGER)));
		oidcSignIn(HANAKO, "hanako-pass");
		assertThat(users.findByUsername(HANAKO).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MANAGER,
				Role.REPORTER);
		assertThat(users.findAll().stream().filter(u -> u.username().equals(HANAKO))).hasSize(1);
		awaitAudit(HANAKO, "SSO_ROLES_CHANGED");
	}

	@Test
	@DisplayName("SSO-1 a person the provider confirms but no mapping lets in is refused with a page saying why, and gets no account")
	void oidcSignInWithoutMappedRoleIsRefused() throws Exception {
		MockHttpSession session = new MockHttpSession();
		URI callback = SsoFixtures.signInAtProvider(startAt(session), TARO, "taro-pass");
		mvc.perform(get(callback).session(session)).andExpect(redirectedUrl("/login/refused"));
		mvc.perform(get("/login/refused"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hikeshi の役割が割り当てられていません")));
		mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
		assertThat(users.findByUsername(TARO)).isEmpty();
		awaitAudit(TARO, "SSO_LOGIN_REFUSED");
	}

	@Test
	@DisplayName("SSO-2 an Active Directory user signs in with the login form and gets the role of the group they are in")
	void ldapSignInMapsGroupToRole() throws Exception {
		mvc.perform(formLogin("/login").user("suzuki").password("Suzuki-pass-2026")).andExpect(redirectedUrl("/"));
		User suzuki = users.findByUsername("suzuki").orElseThrow();
		assertThat(suzuki.roles()).isEqualTo(Set.of(Role.HANDLER));
		assertThat(suzuki.displayName()).isEqualTo("鈴木 一郎");
		assertThat(suzuki.email()).isEqualTo("suzuki@example.local");
		awaitAudit("suzuki", "SSO_LOGIN");
		// the second time the account exists and is linked: the directory still decides
		mvc.perform(formLogin("/login").user("suzuki").password("Suzuki-pass-2026")).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("SSO-2 a wrong directory password is refused like a wrong local one, and a directory user in no mapped group is refused")
	void ldapSignInWithWrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin("/login").user("suzuki").password("Suzuki-pass-2025"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody-" + RUN).password("whatever"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("sato").password("Sato-pass-2026"))
			.andExpect(redirectedUrl("/login/refused"));
		assertThat(users.findByUsername("sato")).isEmpty();
	}

	@Test
	@DisplayName("SSO-3 a local break-glass account signs in with its password while a directory and a provider are configured")
	void localBreakGlassAccountStillSignsIn() throws Exception {
		TestUser breakGlass = accounts.create("break-glass", Role.ADMIN);
		mvc.perform(formLogin("/login").user(breakGlass.username()).password(breakGlass.password()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user(breakGlass.username()).password("not-" + breakGlass.password()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@DisplayName("SSO-3 an account created by the directory has no local password anyone knows")
	void directoryAccountHasNoUsableLocalPassword() throws Exception {
		mvc.perform(formLogin("/login").user("suzuki").password("Suzuki-pass-2026")).andExpect(redirectedUrl("/"));
		SsoFixtures.forget(jdbc, organisation);
		mvc.perform(formLogin("/login").user("suzuki").password("Suzuki-pass-2026"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@DisplayName("SSO-4 the settings API and page take the client secret and bind password but never show them back")
	void secretsAreNeverShownBack() throws Exception {
		TestUser admin = accounts.create("sso-api-admin", Role.ADMIN);
		String body = """
				{"enabled":false,"displayName":"社内 IdP","issuerUri":"https://login.example.jp/tenant/v2.0","clientId":"hikeshi",
				 "clientSecret":"top-secret-4711","usernameClaim":"preferred_username","roleClaim":"groups",
				 "mappings":[{"value":"hikeshi-handlers","role":"HANDLER"}]}""";
		mvc.perform(put("/api/v1/sso/oidc").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientSecretSet").value(true))
			.andExpect(content().string(not(containsString("top-secret-4711"))));
		String ldap = """
				{"enabled":false,"url":"ldaps://dc1.example.local:636","baseDn":"DC=example,DC=local",
				 "bindDn":"CN=svc,DC=example,DC=local","bindPassword":"bind-4711","userSearchBase":"",
				 "userSearchFilter":"(sAMAccountName={0})","groupAttribute":"memberOf","mappings":[]}""";
		mvc.perform(put("/api/v1/sso/ldap").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ldap))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bindPasswordSet").value(true))
			.andExpect(content().string(not(containsString("bind-4711"))));
		// a change without the secret keeps it
		mvc.perform(put("/api/v1/sso/oidc").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"top-secret-4711\"", "null"))).andExpect(jsonPath("$.clientSecretSet").value(true));
		mvc.perform(get("/api/v1/sso/oidc").header("Authorization", admin.bearer()))
			.andExpect(content().string(not(containsString("top-secret-4711"))));
		mvc.perform(get("/admin/sso").with(user(userDetails.loadUserByUsername(admin.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社内 IdP")))
			.andExpect(content().string(not(containsString("top-secret-4711"))))
			.andExpect(content().string(not(containsString("bind-4711"))));
		mvc.perform(
				put("/api/v1/sso/oidc").header("Authorization", accounts.create("sso-handler", Role.HANDLER).bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/sso/oidc").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("https://login.example.jp/tenant/v2.0", "login.example.jp")))
			.andExpect(status().isBadRequest());
		jdbc.sql("DELETE FROM sso_role_mapping WHERE organisation_id = ?")
			.param(OrganisationId.DEFAULT.value())
			.update();
		jdbc.sql("DELETE FROM sso_oidc_provider WHERE organisation_id = ?")
			.param(OrganisationId.DEFAULT.value())
			.update();
		jdbc.sql("DELETE FROM sso_ldap_directory WHERE organisation_id = ?")
			.param(OrganisationId.DEFAULT.value())
			.update();
	}

	private MockHttpSession oidcSignIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		URI callback = SsoFixtures.signInAtProvider(startAt(session), username, password);
		mvc.perform(get(callback).session(session)).andExpect(redirectedUrl("/"));
		return session;
	}

	private String startAt(MockHttpSession session) throws Exception {
		return mvc.perform(get("/oauth2/authorization/" + organisation.value()).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private void awaitAudit(String actor, String action) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ? AND organisation_id = ?")
				.params(actor, action, organisation.value())
				.query(Long.class)
				.single() > 0);
	}

}
