package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17: the forms show only what applies. A handler files, triages and closes an
 * incident at 1280×900; the pages' heights are measured against budgets (triage form ≤
 * 1.5 screens, role plan ≤ 2 screens), in Japanese and English.
 */
class FormsBrowserTests extends BrowserTest {

	static final int SCREEN = 900;

	int chrome;

	@Test
	@DisplayName("TRI-1 TRI-2 RES-3 GEN-1 GEN-2 a handler files, triages and closes an incident; the triage form fits 1.5 screens and the staffed role plan 2 screens at 1280x900 (ja)")
	void filesTriagesAndClosesWithinTheBudgetsInJapanese() throws Exception {
		TestUser handler = accounts.create("forms-ja", Locale.JAPANESE, Role.HANDLER, Role.MANAGER);
		walkThrough(handler, "ja", "不審な画面", "インシデント");
	}

	@Test
	@DisplayName("TRI-1 TRI-2 RES-3 GEN-1 GEN-2 the same walk in English stays within the same budgets")
	void filesTriagesAndClosesWithinTheBudgetsInEnglish() throws Exception {
		TestUser handler = accounts.create("forms-en", Locale.ENGLISH, Role.HANDLER, Role.MANAGER);
		walkThrough(handler, "en", "Ransom screen", "Incident");
	}

	private void walkThrough(TestUser handler, String lang, String summary, String incidentWord) throws Exception {
		browser.manage().window().setSize(new Dimension(1280, SCREEN));
		// the window's size includes the browser's own bars: grow it until the page sees
		// 1280×900
		chrome = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return window.outerHeight - window.innerHeight")).intValue();
		browser.manage().window().setSize(new Dimension(1280, SCREEN + chrome));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		String base = base();
		BrowserSupport.signIn(browser, base, handler.username(), handler.password());

		// the menu: five groups on one row
		WebElement header = browser.findElement(By.cssSelector("header.top"));
		browser.findElement(By.cssSelector("#menu-response > summary")).click();
		BrowserSupport.screenshot(browser, "forms-" + lang + "-01-menu");
		assertThat(browser.findElement(By.id("nav-tasks")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector("#main-nav details.menu > summary"))).hasSize(5);
		assertThat(header.getSize().getHeight()).as("the header is one row").isLessThan(70);
		assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight")).intValue())
			.isEqualTo(SCREEN);

		// file a report
		browser.get(base + "/reports/new");
		browser.findElement(By.id("summary")).sendKeys(summary + " " + lang);
		new Select(browser.findElement(By.id("category"))).selectByValue("RANSOMWARE");
		browser.findElement(By.id("reporterContact")).sendKeys("100");
		browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
		browser.findElement(By.id("triage-button")).click();

		// triage: no section before a decision, only the incident's once chosen
		assertThat(browser.findElements(By.cssSelector("#outcome-sections fieldset"))).isEmpty();
		new Select(browser.findElement(By.name("damage"))).selectByValue("YES");
		new Select(browser.findElement(By.name("ongoing"))).selectByValue("YES");
		browser.findElement(By.name("impact")).sendKeys("stopped");
		browser.findElement(By.cssSelector("input[name=decision][value=INCIDENT]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-INCIDENT")));
		assertThat(browser.findElements(By.id("section-NOT_INCIDENT"))).isEmpty();
		assertThat(browser.findElements(By.id("section-DUPLICATE"))).isEmpty();
		assertThat(browser.findElement(By.name("impact")).getAttribute("value")).as("typed facts survive the swap")
			.isEqualTo("stopped");
		browser.findElement(By.name("reason")).sendKeys("business stopped");
		new Select(browser.findElement(By.id("urgency"))).selectByValue("CRITICAL");
		new Select(browser.findElement(By.id("severity"))).selectByValue("EXTENSIVE");
		long triageHeight = height();
		fullShot("forms-" + lang + "-02-triage");
		System.out.printf("[forms] %s triage form height %d px (budget %d)%n", lang, triageHeight, SCREEN * 3 / 2);
		assertThat(triageHeight).as("triage form ≤ 1.5 screens").isLessThanOrEqualTo(SCREEN * 3 / 2);
		browser.findElement(By.cssSelector("#triage-form button[type=submit]")).click();
		String incidentUrl = wait
			.until(b -> b.getCurrentUrl().matches(".*/incidents/[0-9a-f-]{36}$") ? b.getCurrentUrl() : null);

		// the playbook picker proposes the ransomware playbook
		browser.get(incidentUrl + "/response");
		assertThat(new Select(browser.findElement(By.id("playbook"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("RANSOMWARE");

		// containment: the isolation fields only, then the filtering fields only
		browser.get(incidentUrl + "/remediation");
		assertThat(browser.findElements(By.id("fields-ISOLATE_DEVICE"))).hasSize(1);
		assertThat(browser.findElements(By.id("fields-FILTER_BLOCK"))).isEmpty();
		new Select(browser.findElement(By.id("kind"))).selectByValue("FILTER_BLOCK");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fields-FILTER_BLOCK")));
		assertThat(browser.findElements(By.id("fields-ISOLATE_DEVICE"))).isEmpty();
		BrowserSupport.screenshot(browser, "forms-" + lang + "-03-containment-filter");
		new Select(browser.findElement(By.id("kind"))).selectByValue("ISOLATE_DEVICE");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deviceName"))).sendKeys("PC-1");
		browser.findElement(By.id("askedWhom")).sendKeys("desk");
		browser.findElement(By.cssSelector("#containment-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[name=step][value=APPLIED]")));

		// closing is refused while the containment is open: the refusal names it in
		// words, with a link
		browser.get(incidentUrl);
		new Select(browser.findElement(By.id("state"))).selectByValue("CLOSED");
		browser.findElement(By.cssSelector("#state-form button[type=submit]")).click();
		WebElement refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("closing-refusal")));
		assertThat(refusal.getText()).doesNotContain("CONTAINMENT")
			.doesNotContain("ISOLATE_DEVICE")
			.doesNotContain("REQUESTED");
		assertThat(refusal.findElements(By.cssSelector("a[href$='/remediation']"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("main a[href$='/incidents']"))).as("the breadcrumb once")
			.hasSize(1);
		fullShot("forms-" + lang + "-04-refusal");
		refusal.findElement(By.tagName("a")).click();
		for (String step : new String[] { "APPLIED", "VERIFIED" }) {
			wait.ignoring(StaleElementReferenceException.class)
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[name=step][value=" + step + "]")))
				.click();
		}
		wait.until(
				ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[name=step][value=VERIFIED]")));
		browser.get(incidentUrl);
		new Select(browser.findElement(By.id("state"))).selectByValue("CLOSED");
		browser.findElement(By.cssSelector("#state-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.id("incident-state"), lang.equals("ja") ? "クローズ" : "Closed"));
		BrowserSupport.screenshot(browser, "forms-" + lang + "-05-closed");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains(incidentWord);

		// the role plan, staffed, as one table
		browser.get(base + "/role-plan");
		for (WebElement primary : browser.findElements(By.cssSelector("#role-table select[name^='primary.']"))) {
			Select select = new Select(primary);
			if (select.getFirstSelectedOption().getAttribute("value").isEmpty() && select.getOptions().size() > 1) {
				select.selectByIndex(1);
			}
		}
		browser.findElement(By.cssSelector("button[type=submit].primary")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role-table")));
		long planHeight = height();
		fullShot("forms-" + lang + "-06-role-plan");
		System.out.printf("[forms] %s role plan height %d px (budget %d)%n", lang, planHeight, SCREEN * 2);
		assertThat(planHeight).as("role plan ≤ 2 screens").isLessThanOrEqualTo(SCREEN * 2);
	}

	/**
	 * The whole page: the window grows to the page's height for the shot, then returns to
	 * one screen.
	 */
	private void fullShot(String name) throws Exception {
		browser.manage().window().setSize(new Dimension(1280, (int) Math.max(SCREEN, height()) + chrome));
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		BrowserSupport.screenshot(browser, name);
		browser.manage().window().setSize(new Dimension(1280, SCREEN + chrome));
	}

	private long height() {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight"))
			.longValue();
	}

}
