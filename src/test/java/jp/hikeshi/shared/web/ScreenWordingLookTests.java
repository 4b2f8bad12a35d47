package jp.hikeshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in to a real server as the crawl's users and takes screenshots of the pages the
 * crawl fixed, ja and en.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class ScreenWordingLookTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	@DisplayName("GEN-1 GEN-3 the fixed pages read as labels in Japanese and in English (screenshots in target/screenshots)")
	void fixedPagesReadAsLabels() throws Exception {
		CrawlSeed seed = CrawlSeed.seeded(context, mvc);
		var admin = seed.users.get(Role.ADMIN);
		var handler = seed.users.get(Role.HANDLER);
		for (String lang : List.of("ja", "en")) {
			look(chromium(), admin, lang, List.of("/admin/mail-intake", "/playbooks"));
			look(chromium(), handler, lang, List.of("/incidents/" + seed.incident + "/response",
					"/incidents/" + seed.incident + "/remediation", "/evidence/" + seed.evidence));
		}
	}

	/** A fresh browser with a profile of its own: two sessions never share one. */
	private static WebDriver chromium() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,1100", "--user-data-dir=" + Files.createTempDirectory("hikeshi-look"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private void look(WebDriver browser, TestAccounts.TestUser user, String lang, List<String> pages) throws Exception {
		String base = "http://localhost:" + port;
		try {
			browser.get(base + "/login?lang=" + lang);
			browser.findElement(By.id("username")).sendKeys(user.username());
			browser.findElement(By.id("password")).sendKeys(user.password());
			browser.findElement(By.cssSelector("button[type=submit].primary")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getCurrentUrl().contains("/login"));
			for (String page : pages) {
				browser.get(base + page + "?lang=" + lang);
				String name = page.replaceAll("[0-9a-f-]{36}", "x").replaceAll("[^a-z]+", "-") + lang;
				Files.createDirectories(Path.of("target", "screenshots"));
				Files.write(Path.of("target", "screenshots", "codes" + name + ".png"),
						((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
				assertThat(browser.getTitle()).isNotBlank();
			}
			if (pages.contains("/playbooks")) {
				browser.findElement(By.cssSelector("#playbook-results tbody tr td:nth-child(2) a")).click();
				browser.findElement(By.linkText(lang.equals("ja") ? "版の履歴" : "Version history")).click();
				Files.write(Path.of("target", "screenshots", "codes-playbook-history-" + lang + ".png"),
						((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			}
		}
		finally {
			browser.quit();
		}
	}

}
