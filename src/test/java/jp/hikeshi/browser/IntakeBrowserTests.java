package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

class IntakeBrowserTests extends BrowserTest {

	@Test
	@DisplayName("DET-2 DET-3 a user signs in, files a report in Japanese and finds it in the list")
	void filesAReportInJapaneseAndSeesItInTheList() throws Exception {
		TestUser handler = accounts.create("browser", Role.HANDLER);
		String base = base();
		BrowserSupport.signIn(browser, base, handler.username(), handler.password());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");

		browser.findElement(By.linkText("通報する")).click();
		String summary = "不審なメールの添付ファイルを開いてしまった（経理部）";
		browser.findElement(By.id("summary")).sendKeys(summary);
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("標的型メール攻撃");
		browser.findElement(By.id("description")).sendKeys("件名「請求書の送付」のメール。添付の ZIP を開いた。");
		browser.findElement(By.id("detectionPlace")).sendKeys("経理部 PC");
		browser.findElement(By.id("affectedOther")).sendKeys("経理部 PC-12");
		browser.findElement(By.id("reporterContact")).sendKeys("内線 204");
		new Select(browser.findElement(By.id("channel"))).selectByVisibleText("電話");
		BrowserSupport.screenshot(browser, "report-form");
		browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();

		String number = browser.findElement(By.id("report-number")).getText();
		assertThat(number).matches("R-\\d{4}-\\d{4,}");
		assertThat(browser.findElement(By.id("report-summary")).getText()).isEqualTo(summary);
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains(number);
		BrowserSupport.screenshot(browser, "report-page");

		browser.findElement(By.linkText("通報一覧")).click();
		browser.findElement(By.name("q")).sendKeys(number);
		browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
		// htmx swaps the results (on typing and on submit) and pushes the filter into the
		// address: wait for both
		// instead of reading an element that a pending swap may replace
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.ignoring(StaleElementReferenceException.class);
		wait.until(ExpectedConditions.urlContains("q="));
		String results = wait.until(b -> {
			String text = b.findElement(By.id("report-results")).getText();
			return text.contains(number) ? text : null;
		});
		assertThat(results).contains(number).contains(summary);
		BrowserSupport.screenshot(browser, "report-list");
	}

}
