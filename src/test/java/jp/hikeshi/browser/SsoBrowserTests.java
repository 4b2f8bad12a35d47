package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.OpenIdTestProvider;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.SsoFixtures;
import jp.hikeshi.identity.TestDirectory;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SsoBrowserTests extends BrowserTest {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private static final String HANAKO = "hanako-b-" + RUN;

	static OpenIdTestProvider provider;
	static TestDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SsoAdministration administration;

	@Autowired
	Users users;

	OrganisationId organisation;

	@BeforeAll
	static void startServers() throws Exception {
		provider = OpenIdTestProvider.start(
				new OpenIdTestProvider.Person(HANAKO, "hanako-pass", "山田 花子", List.of("hikeshi-handlers")),
				new OpenIdTestProvider.Person("jiro-b-" + RUN, "jiro-pass", "佐々木 次郎", List.of("everyone")));
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
		organisation = SsoFixtures.organisation(jdbc, "5e0a0000-0000-0000-0000-00000000f002", "SSO ブラウザ試験病院");
		SsoFixtures.useProvider(administration, organisation, provider,
				List.of(new RoleMapping("hikeshi-handlers", Role.HANDLER)));
		SsoFixtures.useDirectory(administration, organisation, directory,
				List.of(new RoleMapping(TestDirectory.MANAGERS, Role.MANAGER),
						new RoleMapping(TestDirectory.HANDLERS, Role.HANDLER)));
		provider.allowRedirect(base() + "/login/oauth2/code/" + organisation.value());
	}

	@AfterEach
	void tearDown() {
		SsoFixtures.forget(jdbc, organisation);
	}

	@Test
	@DisplayName("SSO-1 a person signs in through the provider's own login page and arrives as a handler")
	void signsInThroughTheOpenIdProvider() throws Exception {
		browser.get(base() + "/login?lang=ja");
		assertThat(browser.findElement(By.cssSelector(".sso-options a")).getText()).isEqualTo("テスト認証基盤 でログイン");
		BrowserSupport.screenshot(browser, "sso-login-ja");
		browser.findElement(By.cssSelector(".sso-options a")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().startsWith(provider.issuer()));
		BrowserSupport.screenshot(browser, "sso-provider-login");
		browser.findElement(By.id("username")).sendKeys(HANAKO);
		browser.findElement(By.id("password")).sendKeys("hanako-pass");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().equals(base() + "/"));
		BrowserSupport.screenshot(browser, "sso-oidc-home");
		assertThat(browser.getPageSource()).contains("山田 花子");
		assertThat(users.findByUsername(HANAKO).orElseThrow().roles()).containsExactly(Role.HANDLER);
	}

	@Test
	@DisplayName("SSO-1 a person the provider knows but no mapping lets in sees why on a page of its own")
	void showsTheRefusalPage() throws Exception {
		browser.get(base() + "/login?lang=ja");
		browser.findElement(By.cssSelector(".sso-options a")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().startsWith(provider.issuer()));
		browser.findElement(By.id("username")).sendKeys("jiro-b-" + RUN);
		browser.findElement(By.id("password")).sendKeys("jiro-pass");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().endsWith("/login/refused"));
		BrowserSupport.screenshot(browser, "sso-refused-ja");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ログインできません");
	}

	@Test
	@DisplayName("SSO-2 an Active Directory user signs in with the login form and gets the role of their group")
	void signsInWithTheDirectory() throws Exception {
		BrowserSupport.signIn(browser, base(), "takahashi", "Takahashi-pass-2026");
		assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/");
		BrowserSupport.screenshot(browser, "sso-ldap-home");
		assertThat(browser.getPageSource()).contains("高橋 舞");
		assertThat(users.findByUsername("takahashi").orElseThrow().roles()).containsExactly(Role.MANAGER);
	}

	@Test
	@DisplayName("SSO-4 the settings page in both languages, secrets never shown")
	void settingsPageInBothLanguages() throws Exception {
		TestUser admin = accounts.create("sso-browser-admin", Role.ADMIN);
		TestUser english = accounts.create("sso-browser-admin-en", Locale.ENGLISH, Role.ADMIN);
		BrowserSupport.signIn(browser, base(), admin.username(), admin.password());
		browser.get(base() + "/admin/users");
		browser.findElement(By.id("sso-settings")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("シングルサインオン");
		BrowserSupport.screenshot(browser, "sso-settings-ja");
		browser.findElement(By.id("oidc-displayName")).sendKeys("社内 IdP");
		browser.findElement(By.id("oidc-issuerUri")).sendKeys("https://login.microsoftonline.com/tenant-id/v2.0");
		browser.findElement(By.id("oidc-clientId")).sendKeys("hikeshi");
		browser.findElement(By.id("oidc-clientSecret")).sendKeys("browser-secret-4711");
		browser.findElement(By.id("oidc-value-0")).sendKeys("hikeshi-handlers");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("oidc-role-0")))
			.selectByVisibleText("インシデント担当");
		browser.findElement(By.cssSelector("#oidc button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getPageSource().contains("設定を保存しました"));
		assertThat(browser.getPageSource()).doesNotContain("browser-secret-4711").contains("保存済みです");
		BrowserSupport.screenshot(browser, "sso-settings-ja-saved");

		browser.manage().deleteAllCookies();
		BrowserSupport.signIn(browser, base(), english.username(), english.password());
		browser.get(base() + "/admin/sso");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Single sign-on");
		BrowserSupport.screenshot(browser, "sso-settings-en");
		jdbc.sql("DELETE FROM sso_role_mapping WHERE organisation_id = ?")
			.param(OrganisationId.DEFAULT.value())
			.update();
		jdbc.sql("DELETE FROM sso_oidc_provider WHERE organisation_id = ?")
			.param(OrganisationId.DEFAULT.value())
			.update();
	}

}
