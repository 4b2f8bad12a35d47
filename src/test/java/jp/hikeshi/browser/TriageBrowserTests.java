package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class TriageBrowserTests extends BrowserTest {

	@Autowired
	IncidentCommands incidents;

	@Test
	@DisplayName("TRI-1 TRI-2 GEN-1 a report is triaged into an incident that ranks above a lower-priority one in the queue")
	void triagesAReportIntoARankedIncident() throws Exception {
		TestUser handler = accounts.create("triage-browser", Role.HANDLER);
		IncidentView minor = incidents.open(handler.actor(), NewIncident.of("軽微なスキャン", "SCAN", Urgency.LOW, "MINOR"),
				null);
		String base = base();
		BrowserSupport.signIn(browser, base, handler.username(), handler.password());

		browser.get(base + "/reports/new");
		browser.findElement(By.id("summary")).sendKeys("電子カルテが暗号化され、身代金の要求が表示された");
		new Select(browser.findElement(By.id("category"))).selectByValue("RANSOMWARE");
		browser.findElement(By.id("reporterContact")).sendKeys("内線 100");
		browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
		String reportNumber = browser.findElement(By.id("report-number")).getText();

		browser.findElement(By.id("triage-button")).click();
		new Select(browser.findElement(By.name("damage"))).selectByValue("YES");
		new Select(browser.findElement(By.name("ongoing"))).selectByValue("YES");
		browser.findElement(By.name("impact")).sendKeys("受付と会計が停止");
		browser.findElement(By.cssSelector("input[name=decision][value=INCIDENT]")).click();
		browser.findElement(By.name("reason")).sendKeys("業務停止が続いているためインシデントと判断");
		new Select(browser.findElement(By.id("urgency"))).selectByValue("CRITICAL");
		new Select(browser.findElement(By.id("severity"))).selectByValue("EXTENSIVE");
		BrowserSupport.screenshot(browser, "triage-form");
		browser.findElement(By.cssSelector("#triage-form button[type=submit]")).click();

		String incidentNumber = browser.findElement(By.id("incident-number")).getText();
		assertThat(incidentNumber).matches("INC-\\d{4}-\\d{4,}");
		assertThat(browser.findElement(By.id("incident-priority")).getText()).isEqualTo("P1");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains(reportNumber);
		BrowserSupport.screenshot(browser, "incident-page");

		browser.get(base + "/incidents");
		List<WebElement> rows = browser.findElements(By.cssSelector("#incident-queue tbody tr"));
		List<String> texts = rows.stream().map(WebElement::getText).toList();
		int ours = indexOf(texts, incidentNumber);
		int theirs = indexOf(texts, minor.number());
		BrowserSupport.screenshot(browser, "incident-queue");
		assertThat(ours).as(String.join("\n", texts)).isGreaterThanOrEqualTo(0);
		assertThat(theirs).as("the P4 incident is on the first page too").isGreaterThanOrEqualTo(0);
		assertThat(ours).as("P1 ranks before P4").isLessThan(theirs);
		for (int i = 0; i < ours; i++) {
			assertThat(texts.get(i)).as("only P1 incidents rank above").contains("P1");
		}
	}

	private static int indexOf(List<String> rows, String number) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).contains(number)) {
				return i;
			}
		}
		return -1;
	}

}
