package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.directory.OutsideBodyInput;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.RecipientKind;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class OutsourcingBrowserTests extends BrowserTest {

	@Autowired
	IncidentCommands incidents;

	@Autowired
	OutsideBodies bodies;

	@Autowired
	NotificationPlan plan;

	@Test
	@DisplayName("REP-3 a contractor assesses a leak in Japanese and English, notifies its principal from the directory and sees its PPC reports released")
	void contractorNotifiesItsPrincipalOnThePages() throws Exception {
		run(Locale.JAPANESE, "ja", "委託元", "免除");
		run(Locale.ENGLISH, "en", "Principal", "Released");
	}

	private void run(Locale locale, String lang, String principalLabel, String released) throws Exception {
		TestUser admin = accounts.create("outs-admin", Role.ADMIN);
		TestUser handler = accounts.create("outs-browser", locale, Role.HANDLER);
		String tag = "T" + lang.toUpperCase(Locale.ROOT);
		String code = "PRINCIPAL_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		bodies.save(admin.actor(), code, new OutsideBodyInput("株式会社委託元" + tag, "Principal Co. " + tag, null, null,
				"03-0000-0000", "privacy@principal.example.jp", null, null, null));
		IncidentView incident = incidents.open(handler.actor(),
				NewIncident.of("委託先での会員情報の漏えい", "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT")
					.withBecameAwareAt(Instant.parse("2026-11-25T01:00:00Z")),
				null);
		BrowserSupport.signIn(browser, base(), handler.username(), handler.password());
		browser.manage().window().setSize(new Dimension(1280, 1600));
		browser.get(base() + "/incidents/" + incident.id() + "/reporting");
		assertThat(browser.findElement(By.id("becameAwareAt")).getAttribute("value")).isEqualTo("2026-11-25T10:00");
		browser.findElement(By.name("personalInformation")).click();
		browser.findElement(By.name("sensitive")).click();
		browser.findElement(By.id("personsExact")).sendKeys("12");
		new Select(browser.findElement(By.id("outsourcing"))).selectByValue("CONTRACTOR");
		new Select(browser.findElement(By.id("counterpartBody"))).selectByValue(code);
		browser.findElement(By.cssSelector("#assessment-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#obligations tr[data-kind=NOTIFY_PRINCIPAL]")));
		assertThat(browser.findElement(By.id("who-reports")).getText()).contains(tag);
		page("outsourcing-assessment-" + lang);

		NotificationView notice = plan.add(handler.actor(), incident.id(), new jp.hikeshi.reporting.NotificationInput(
				RecipientKind.PRINCIPAL, null, null, null, null, null, lang, null, null, null, java.util.List.of()));
		browser.get(base() + "/incidents/" + incident.id() + "/notifications/" + notice.id());
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(principalLabel).contains(tag);
		page("outsourcing-notification-" + lang);
		plan.send(handler.actor(), incident.id(), notice.id(), notice.version());

		browser.get(base() + "/incidents/" + incident.id() + "/reporting");
		assertThat(browser.findElement(By.cssSelector("#obligations tr[data-kind=PPC_PRELIMINARY]")).getText())
			.contains(released);
		page("outsourcing-released-" + lang);
		browser.manage().deleteAllCookies();
	}

	private void page(String name) throws Exception {
		long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 6000)));
		BrowserSupport.screenshot(browser, name);
		browser.manage().window().setSize(new Dimension(1280, 1600));
	}

}
