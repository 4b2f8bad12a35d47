package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class ReportingBrowserTests extends BrowserTest {

	@Autowired
	IncidentCommands incidents;

	@Test
	@DisplayName("REP-3 a handler fills the APPI assessment for a leak, sees the legal deadlines and opens the PPC draft PDF")
	void assessesALeakAndOpensThePpcDraft() throws Exception {
		TestUser handler = accounts.create("reporting-browser", Role.HANDLER);
		IncidentView incident = incidents.open(handler.actor(),
				NewIncident.of("患者情報を含むUSBメモリの紛失", "LOSS_THEFT", Urgency.HIGH, "SIGNIFICANT"), null);
		BrowserSupport.signIn(browser, base(), handler.username(), handler.password());

		browser.get(base() + "/incidents/" + incident.id());
		browser.findElement(By.id("reporting-link")).click();
		browser.findElement(By.name("personalInformation")).click();
		browser.findElement(By.name("sensitive")).click();
		browser.findElement(By.id("personsExact")).sendKeys("12");
		// a datetime-local field takes its value in ISO form from script; typed keys
		// depend on the browser's locale
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("becameAwareAt")), "2026-11-25T10:00");
		browser.findElement(By.cssSelector("#assessment-form button[type=submit]")).click();
		// the page before the post has an obligations card too: wait for the assessed one
		// instead of reading the old page
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("obligations"), "要配慮"));

		BrowserSupport.screenshot(browser, "reporting-page");
		String obligations = browser.findElement(By.id("obligations")).getText();
		assertThat(obligations).contains("要配慮");
		assertThat(browser.findElements(By.cssSelector("#obligations tr[data-kind=PPC_PRELIMINARY]"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#obligations tr[data-kind=PPC_PRELIMINARY]")).getText())
			.as("the deadline shows as its last day, not as an instant")
			.matches("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日（.）まで.*");

		String pdfUrl = browser.findElement(By.cssSelector("a[data-doc=ppc-preliminary]")).getAttribute("href");
		Cookie session = browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfUrl))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (var document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("漏えい等報告書").contains(incident.number());
		}
	}

}
