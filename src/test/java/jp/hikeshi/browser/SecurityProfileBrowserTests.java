package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

class SecurityProfileBrowserTests extends BrowserTest {

	@Test
	@DisplayName("SEC-TOKEN SEC-PW the profile page issues a read-only token, lists its scope and expiry and shows the password rules")
	void profileIssuesAScopedTokenAndShowsThePasswordRules() throws Exception {
		TestUser admin = accounts.create("browser-sec", Role.ADMIN);
		TestUser english = accounts.create("browser-sec-en", Locale.ENGLISH, Role.HANDLER);
		browser.manage().window().setSize(new Dimension(1280, 1400));
		BrowserSupport.signIn(browser, base(), admin.username(), admin.password());
		browser.get(base() + "/profile");
		assertThat(browser.findElement(By.cssSelector("#password-change .password-rules")).getText())
			.contains("12 文字以上", "ユーザー名を含まないもの");
		browser.findElement(By.id("token-name")).sendKeys("SIEM 連携");
		browser.findElement(By.cssSelector("input[name=scope][value=READ_ONLY]")).click();
		browser.findElement(By.cssSelector("#token-issue button[type=submit]")).click();
		assertThat(browser.findElement(By.id("new-token")).getText()).startsWith("hks_");
		assertThat(browser.findElement(By.cssSelector("table.tokens")).getText()).contains("SIEM 連携", "読み取りのみ");
		BrowserSupport.screenshot(browser, "profile-ja");
		browser.get(base() + "/admin/users/" + english.actor().id());
		assertThat(browser.findElement(By.cssSelector("table.tokens")).getText()).contains("すべての操作");
		BrowserSupport.screenshot(browser, "user-tokens-ja");

		browser.manage().deleteAllCookies();
		BrowserSupport.signIn(browser, base(), english.username(), english.password());
		browser.get(base() + "/profile");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(browser.findElement(By.cssSelector("#password-change .password-rules")).getText())
			.contains("12 characters or more");
		assertThat(new Select(browser.findElement(By.id("lang"))).getFirstSelectedOption().getText())
			.isEqualTo("English");
		BrowserSupport.screenshot(browser, "profile-en");
	}

}
