package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.identity.mfa.MfaPolicy;
import jp.hikeshi.identity.mfa.MultiFactor;
import jp.hikeshi.identity.mfa.Totp;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MfaBrowserTests extends BrowserTest {

	@Autowired
	Accounts accountService;

	@Autowired
	MultiFactor multiFactor;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("MFA enrolment on the profile page with the code computed from the key shown, then a sign-in with a code")
	void enrolsOnTheProfilePageAndSignsInWithACode() throws Exception {
		TestUser u = accounts.create("browser-mfa", Role.HANDLER);
		BrowserSupport.signIn(browser, base(), u.username(), u.password());
		browser.get(base() + "/profile");
		assertThat(browser.findElement(By.id("mfa-state")).getText()).contains("設定されていません");
		browser.findElement(By.id("mfa-start")).click();
		String secret = browser.findElement(By.id("mfa-secret")).getText().strip();
		assertThat(browser.findElement(By.id("mfa-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
		BrowserSupport.screenshot(browser, "mfa-profile-enrolling-ja");
		Instant now = safeNow();
		browser.findElement(By.id("mfa-code")).sendKeys(Totp.codeAt(secret, now));
		browser.findElement(By.cssSelector("#mfa form.form button[type=submit]")).click();
		assertThat(browser.findElements(By.cssSelector("#mfa-recovery-codes li"))).hasSize(10);
		assertThat(browser.findElement(By.id("mfa-state")).getText()).contains("から有効です");
		assertThat(browser.getPageSource()).doesNotContain(secret);
		BrowserSupport.screenshot(browser, "mfa-profile-recovery-codes-ja");

		browser.manage().deleteAllCookies();
		password(u);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("確認コードの入力");
		BrowserSupport.screenshot(browser, "mfa-code-ja");
		browser.findElement(By.id("code")).sendKeys(Totp.codeAt(secret, now.plusSeconds(Totp.STEP_SECONDS)));
		browser.findElement(By.cssSelector("form.form button.primary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getCurrentUrl().contains("/login"));
		browser.get(base() + "/profile");
		assertThat(browser.findElement(By.cssSelector("a.me")).getText()).isEqualTo("テスト " + u.username());
	}

	@Test
	@DisplayName("MFA required by the organisation: an English-speaking handler enrols right after the password; the administrator's policy and reset pages")
	void enrolsWhenTheOrganisationRequiresItAndShowsTheAdministratorsPages() throws Exception {
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(organisation.value(), "MFA browser")
			.update();
		TestUser admin = user(organisation, "browser-mfa-admin", Locale.JAPANESE, Role.ADMIN, null);
		multiFactor.changePolicy(admin.actor(), new MfaPolicy(EnumSet.of(Role.HANDLER, Role.VENDOR), 14));
		TestUser handler = user(organisation, "browser-mfa-en", Locale.ENGLISH, Role.HANDLER, admin.actor());

		password(handler);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set up two-step sign-in");
		browser.get(base() + "/incidents");
		assertThat(browser.getCurrentUrl()).endsWith("/login/mfa");
		String secret = browser.findElement(By.id("mfa-secret")).getText().strip();
		BrowserSupport.screenshot(browser, "mfa-enrol-required-en");
		browser.findElement(By.id("mfa-code")).sendKeys(Totp.codeAt(secret, safeNow()));
		browser.findElement(By.cssSelector(".mfa-enrolment button[type=submit]")).click();
		assertThat(browser.findElements(By.cssSelector("#mfa-recovery-codes li"))).hasSize(10);
		BrowserSupport.screenshot(browser, "mfa-enrol-recovery-codes-en");
		browser.findElement(By.id("mfa-continue")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getCurrentUrl().contains("/login"));
		browser.get(base() + "/profile");
		BrowserSupport.screenshot(browser, "mfa-profile-required-en");
		assertThat(browser.findElement(By.id("mfa-state")).getText()).contains("On since");

		browser.manage().deleteAllCookies();
		BrowserSupport.signIn(browser, base(), admin.username(), admin.password());
		browser.get(base() + "/admin/mfa");
		BrowserSupport.screenshot(browser, "mfa-policy-ja");
		browser.get(base() + "/admin/users/" + handler.actor().id());
		BrowserSupport.screenshot(browser, "mfa-user-reset-ja");
		browser.findElement(By.cssSelector("#mfa-reset button")).click();
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("多要素認証をリセットしました");
		assertThat(multiFactor.enrolled(handler.actor().id())).isFalse();
	}

	private void password(TestUser u) {
		browser.get(base() + "/login");
		browser.findElement(By.id("username")).sendKeys(u.username());
		browser.findElement(By.id("password")).sendKeys(u.password());
		browser.findElement(By.cssSelector("button[type=submit].primary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().endsWith("/login/mfa"));
	}

	private TestUser user(OrganisationId organisation, String prefix, Locale locale, Role role, Actor by) {
		Actor creator = by != null ? by
				: new Actor(UUID.randomUUID(), "setup", "setup", organisation, EnumSet.of(Role.ADMIN), Locale.JAPANESE);
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "pw-" + UUID.randomUUID();
		User user = accountService.create(
				new Accounts.NewAccount(username, "テスト " + username, null, password, locale, EnumSet.of(role)),
				creator);
		return new TestUser(user.toActor(), username, password, null);
	}

	/**
	 * Waits until at least five seconds of the current time step remain, so that codes
	 * computed now stay valid.
	 */
	private static Instant safeNow() {
		await().atMost(Duration.ofSeconds(Totp.STEP_SECONDS + 1))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Instant.now().getEpochSecond() % Totp.STEP_SECONDS < Totp.STEP_SECONDS - 5);
		return Instant.now();
	}

}
