package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.reporting.Channel;
import jp.hikeshi.reporting.NotificationInput;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.RecipientKind;
import jp.hikeshi.response.TaskChanges;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.OrganisationId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The clinic's first incident, from an empty database to the closing report: the
 * administrator's set-up staffs the role plan, the playbook assigns every task, recorded
 * work closes the tasks that describe it, the vendor answers from its home page, the PPC
 * notice goes out by e-mail, and the incident closes with a review.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:hikeshi-first-incident;MODE=PostgreSQL;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH",
		"hikeshi.review.required-for-closing=true", "hikeshi.reporting.jobs.enabled=true",
		"hikeshi.mail.outbox.initial-delay=PT1S", "hikeshi.mail.outbox.every=PT1S", "spring.mail.host=127.0.0.1" })
class FirstIncidentBrowserTests extends BrowserTest {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	static final String CLINIC = "さくら内科クリニック";
	static final String PASSWORD = "first-incident-Pa55word!";

	@Autowired
	TaskDesk tasks;

	@Autowired
	NotificationPlan plan;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("GEN-2 GEN-1 RES-1 RES-3 REP-3 from an empty database: set-up, report, triage, playbook with every task assigned, containment closes its task, the vendor answers from home, the PPC notice is mailed, and the incident closes with a review and a closing report")
	void aClinicHandlesItsFirstRansomwareIncident() throws Exception {
		String base = base();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		// 1. the administrator's first sign-in leads to the set-up
		BrowserSupport.signIn(browser, base, "admin", "Bootstrap-pass-for-tests");
		assertThat(browser.getCurrentUrl()).contains("/setup");
		type("organisation.nameJa", CLINIC);
		type("organisation.nameEn", "Sakura Clinic");
		browser.findElement(By.cssSelector("input[name='organisation.kind'][value=MEDICAL]")).click();
		BrowserSupport.screenshot(browser, "first-incident-01-setup");
		next(wait, "2/5");
		person("responsible", "inchou", "院長 山田");
		next(wait, "3/5");
		person("desk", "jimu", "事務長 佐藤");
		next(wait, "4/5");
		type("vendor.name", "みなと医療システム");
		type("vendor.emergencyPhone", "03-1234-5678");
		type("vendor.email", "support@minato.example.jp");
		person("vendor.account", "minato", "みなと 技術担当");
		next(wait, "5/5");
		person("legal", "houmu", "法務 鈴木");
		browser.findElement(By.id("setup-next")).click();
		wait.until(b -> b.getCurrentUrl().contains("/setup/done"));
		BrowserSupport.screenshot(browser, "first-incident-02-setup-done");
		browser.manage().deleteAllCookies();

		// 2. the desk files the report and triages it as an incident
		BrowserSupport.signIn(browser, base, "jimu", PASSWORD);
		browser.get(base + "/reports/new");
		browser.findElement(By.id("summary")).sendKeys("受付PCに身代金を要求する画面が表示された");
		new Select(browser.findElement(By.id("category"))).selectByValue("RANSOMWARE");
		browser.findElement(By.id("reporterContact")).sendKeys("内線 100");
		browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
		browser.findElement(By.id("triage-button")).click();
		new Select(browser.findElement(By.name("damage"))).selectByValue("YES");
		new Select(browser.findElement(By.name("ongoing"))).selectByValue("YES");
		browser.findElement(By.name("impact")).sendKeys("受付業務が停止");
		browser.findElement(By.cssSelector("input[name=decision][value=INCIDENT]")).click();
		browser.findElement(By.name("reason")).sendKeys("業務が止まっているためインシデントと判断");
		new Select(browser.findElement(By.id("urgency"))).selectByValue("CRITICAL");
		new Select(browser.findElement(By.id("severity"))).selectByValue("EXTENSIVE");
		browser.findElement(By.cssSelector("#triage-form button[type=submit]")).click();
		String incidentNumber = browser.findElement(By.id("incident-number")).getText();
		UUID incidentId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/incidents/([0-9a-f-]{36}).*", "$1"));

		// 3. the ransomware playbook: every task has an assignee from the role plan
		// staffed by the set-up
		browser.findElement(By.id("response-link")).click();
		new Select(browser.findElement(By.id("playbook"))).selectByValue("RANSOMWARE");
		browser.findElement(By.id("apply")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.task")));
		BrowserSupport.screenshot(browser, "first-incident-03-tasks");
		Actor desk = actor("jimu", Role.HANDLER);
		List<TaskView> applied = tasks.forIncident(desk, incidentId);
		assertThat(applied).hasSizeGreaterThanOrEqualTo(10);
		assertThat(applied).allSatisfy(t -> assertThat(t.assignee()).as(t.key()).isNotNull());
		TaskView isolate = task(desk, incidentId, "isolate");
		assertThat(isolate.status()).isEqualTo(TaskStatus.TODO);

		// 4. isolating the device and verifying it completes the isolate task without
		// touching it
		browser.get(base + "/incidents/" + incidentId + "/remediation");
		new Select(browser.findElement(By.id("kind"))).selectByValue("ISOLATE_DEVICE");
		browser.findElement(By.id("deviceName")).sendKeys("受付PC");
		browser.findElement(By.id("askedWhom")).sendKeys("受付担当 田中");
		browser.findElement(By.cssSelector("#containment-form button[type=submit]")).click();
		for (String step : List.of("APPLIED", "VERIFIED")) {
			wait.ignoring(StaleElementReferenceException.class)
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[name=step][value=" + step + "]")))
				.click();
		}
		await(wait, () -> task(desk, incidentId, "isolate").status() == TaskStatus.DONE);
		browser.get(base + "/tasks/" + isolate.id());
		assertThat(browser.findElement(By.id("task-status")).getText()).isEqualTo("完了");
		assertThat(browser.findElements(By.id("completed-by"))).hasSize(1);
		BrowserSupport.screenshot(browser, "first-incident-04-isolate-done");
		browser.manage().deleteAllCookies();

		// 5. the vendor sees its request on its home page and answers it
		BrowserSupport.signIn(browser, base, "minato", PASSWORD);
		browser.get(base + "/");
		BrowserSupport.screenshot(browser, "first-incident-05-vendor-home");
		assertThat(browser.findElement(By.id("my-tasks")).getText()).contains(incidentNumber);
		browser.findElement(By.cssSelector("#my-tasks a[href*='/tasks/']")).click();
		UUID requestId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/tasks/([0-9a-f-]{36}).*", "$1"));
		browser.findElement(By.id("answer-text")).sendKeys("受付PCのディスクを保全し、暗号化されたファイルの範囲を確認しました");
		browser.findElement(By.id("send-answer")).click();
		wait.ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".card.answer"), "暗号化されたファイルの範囲"));
		browser.manage().deleteAllCookies();

		// 6. the desk finds the answer to review on its home page
		BrowserSupport.signIn(browser, base, "jimu", PASSWORD);
		await(wait, () -> tasks.get(desk, requestId).status() == TaskStatus.ANSWERED);
		browser.get(base + "/");
		BrowserSupport.screenshot(browser, "first-incident-06-desk-home");
		assertThat(browser.findElement(By.id("answers-to-review")).getText())
			.contains(tasks.get(desk, requestId).title().in(Locale.JAPANESE));

		// 7. the APPI assessment makes the PPC preliminary report due; it is sent by
		// e-mail and its task is done
		browser.get(base + "/incidents/" + incidentId + "/reporting");
		browser.findElement(By.name("personalInformation")).click();
		browser.findElement(By.name("sensitive")).click();
		browser.findElement(By.id("personsExact")).sendKeys("300");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("becameAwareAt")), "2026-11-25T10:00");
		browser.findElement(By.cssSelector("#assessment-form button[type=submit]")).click();
		wait.ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#obligations tr[data-kind=PPC_PRELIMINARY]")));
		browser
			.findElement(By
				.xpath("//table[@id='plan']//form[input[@name='recipientKind' and @value='PPC_PRELIMINARY']]//button"))
			.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-form")));
		new Select(browser.findElement(By.id("channel"))).selectByValue("EMAIL");
		browser.findElement(By.id("recipient")).clear();
		browser.findElement(By.id("recipient")).sendKeys("ppc@example.go.jp");
		BrowserSupport.screenshot(browser, "first-incident-07-ppc-notice");
		browser.findElement(By.cssSelector("#notification-form button[value=send]")).click();
		await(wait, () -> SMTP.getReceivedMessagesForDomain("example.go.jp").length == 1);
		MimeMessage mail = SMTP.getReceivedMessagesForDomain("example.go.jp")[0];
		assertThat(MimeUtility.decodeText(mail.getSubject())).isNotBlank();
		await(wait, () -> task(desk, incidentId, "privacy-report").status() == TaskStatus.DONE);

		// the rest of the work is recorded the quick way: the other notices, and the
		// remaining tasks done
		for (RecipientKind kind : List.of(RecipientKind.PPC_FINAL, RecipientKind.PERSONS_CONCERNED)) {
			NotificationView n = plan.add(desk, incidentId,
					NotificationInput.to(kind).withChannel(Channel.OTHER).withRecipient("窓口").inLanguage("ja"));
			plan.send(desk, incidentId, n.id(), n.version());
		}
		for (TaskView t : tasks.forIncident(desk, incidentId)) {
			if (t.status().open()) {
				tasks.change(desk, t.id(), new TaskChanges((int) t.version(), TaskStatus.DONE, null, null, null, null,
						null, null, "対応済み"));
			}
		}

		// 8. the review closes the incident
		browser.get(base + "/incidents/" + incidentId + "/review");
		browser.findElement(By.cssSelector("input[name=outcome][value=TRUE_POSITIVE]")).click();
		browser.findElement(By.id("rootCause")).sendKeys("VPN 機器の脆弱性が未修正だった");
		browser.findElement(By.id("wentWell")).sendKeys("ベンダーへの連絡が早かった");
		browser.findElement(By.id("wentBadly")).sendKeys("バックアップの確認に時間がかかった");
		browser.findElement(By.cssSelector("input[name=measureText]")).sendKeys("VPN 機器の定期的な更新");
		new Select(browser.findElement(By.cssSelector("select[name=measureOwner]"))).selectByVisibleText("事務長 佐藤");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.cssSelector("input[name=measureDue]")), "2027-01-31");
		BrowserSupport.screenshot(browser, "first-incident-08-review");
		var form = browser.findElement(By.id("review-form"));
		browser.findElement(By.id("save-and-close")).click();
		wait.until(ExpectedConditions.stalenessOf(form));
		BrowserSupport.screenshot(browser, "first-incident-09-closed");
		assertThat(jdbc.sql("SELECT state FROM incident WHERE id = :id")
			.param("id", incidentId)
			.query(String.class)
			.single()).as(browser.findElement(By.tagName("body")).getText()).isEqualTo("CLOSED");

		// 9. the closing report names the clinic and the handling times
		Cookie session = browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(
						URI.create(base + "/incidents/" + incidentId + "/documents/closing-report?format=pdf&lang=ja"))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(CLINIC).contains(incidentNumber).contains("終結");
			assertThat(text).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}");
		}
		browser.get(base + "/incidents/" + incidentId + "/documents/closing-report?format=html&lang=ja");
		BrowserSupport.screenshot(browser, "first-incident-10-closing-report");
		assertThat(new String(browser.getPageSource().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.contains(CLINIC);

		// the same desk in English: home, notifications and the review, one language per
		// page
		browser.get(base + "/?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Home");
		BrowserSupport.screenshot(browser, "first-incident-11-home-en");
		browser.get(base + "/notifications");
		BrowserSupport.screenshot(browser, "first-incident-12-notifications-en");
		browser.get(base + "/incidents/" + incidentId + "/review");
		BrowserSupport.screenshot(browser, "first-incident-13-review-en");
		browser.get(base + "/?lang=ja");
	}

	private void type(String id, String text) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(text);
	}

	private void person(String slot, String username, String name) {
		type(slot + ".username", username);
		type(slot + ".displayName", name);
		type(slot + ".email", username + "@sakura.example.jp");
		type(slot + ".password", PASSWORD);
	}

	private void next(WebDriverWait wait, String progress) {
		browser.findElement(By.id("setup-next")).click();
		wait.ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("setup-progress"), progress));
	}

	private Actor actor(String username, Role role) {
		UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
		return new Actor(id, username, username, OrganisationId.DEFAULT, EnumSet.of(role), Locale.JAPANESE);
	}

	private TaskView task(Actor by, UUID incidentId, String key) {
		return tasks.forIncident(by, incidentId)
			.stream()
			.filter(t -> key.equals(t.key()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no task " + key));
	}

	private static void await(WebDriverWait wait, java.util.function.BooleanSupplier condition) {
		Function<WebDriver, Boolean> check = b -> condition.getAsBoolean();
		wait.until(check);
	}

}
