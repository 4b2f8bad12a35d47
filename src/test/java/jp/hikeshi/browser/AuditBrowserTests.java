package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class AuditBrowserTests extends BrowserTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	@DisplayName("RES-2 the audit page at 1280 px: one line per entry, labels in the viewer's language, no sideways scrolling")
	void auditPageFitsTheWindowInJapaneseAndEnglish() throws Exception {
		TestUser admin = accounts.create("browser-audit", Role.ADMIN);
		TestUser english = accounts.create("browser-audit-en", Locale.ENGLISH, Role.ADMIN);
		Instant now = Instant.now();
		transaction.executeWithoutResult(s -> {
			for (int i = 0; i < 40; i++) {
				UUID incident = UUID.randomUUID();
				events.publishEvent(AuditEvent.by(OrganisationId.DEFAULT, admin.username(), null)
					.did("INCIDENT_OPENED")
					.on("INCIDENT", incident)
					.with("number", "INC-2026-%04d".formatted(i))
					.with("title", "受付 PC の感染疑い " + i)
					.at(now.minusSeconds(600L * i)));
				events.publishEvent(new AuditEvent(OrganisationId.DEFAULT, now.minusSeconds(600L * i + 60),
						admin.username(), null, "TASK_CHANGED", "TASK", UUID.randomUUID().toString(),
						"初動対応: status DONE, assignee 山田 太郎"));
			}
		});
		browser.manage().window().setSize(new Dimension(1280, 900));
		BrowserSupport.signIn(browser, base(), admin.username(), admin.password());
		browser.get(base() + "/audit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("監査ログ");
		assertThat(browser.findElement(By.id("audit-results")).getText()).contains("インシデントの起票", "タスクの変更")
			.doesNotContain("INCIDENT_OPENED");
		long[] ja = measure("audit-ja");
		browser.findElement(By.linkText("改ざんがないか検証する")).click();
		// the link loads the page again: an element found just before the new page
		// replaces it is stale, look again
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(b -> b.findElement(By.id("verification")).getText().contains("改ざんは検出されませんでした"));
		BrowserSupport.screenshot(browser, "audit-ja-verified");

		browser.manage().deleteAllCookies();
		BrowserSupport.signIn(browser, base(), english.username(), english.password());
		browser.get(base() + "/audit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
		long[] en = measure("audit-en");
		System.out.printf("audit page at 1280x900: Japanese %d x %d px, English %d x %d px (document width x height)%n",
				ja[0], ja[1], en[0], en[1]);
		assertThat(ja[0]).isLessThanOrEqualTo(1280);
		assertThat(en[0]).isLessThanOrEqualTo(1280);
		assertThat(ja[1]).isLessThan(4000);
	}

	/** The document's width and height, and a screenshot of the window. */
	private long[] measure(String name) throws Exception {
		BrowserSupport.screenshot(browser, name);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
		return new long[] { width, height };
	}

}
