package jp.hikeshi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.directory.RolePlanView;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskView;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class ResponseBrowserTests extends BrowserTest {

	@Autowired
	IncidentCommands incidents;

	@Autowired
	TaskDesk tasks;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	RolePlanBook plans;

	@Test
	@DisplayName("RES-5 RES-1 the lead applies the ransomware playbook, the vendor signs in and answers its request, the lead sees the answer")
	void vendorAnswersTheRequestOfTheRansomwarePlaybook() throws Exception {
		TestUser lead = accounts.create("resp-lead", Role.HANDLER, Role.ADMIN);
		TestUser vendorUser = accounts.create("resp-vendor", Role.VENDOR);
		var vendor = vendors.register(lead.actor(),
				new VendorInput("復旧ベンダー " + UUID.randomUUID().toString().substring(0, 6), "03-0000-1111", null, null,
						null, null, List.of(new VendorInput.PersonInput("佐藤", null, null, vendorUser.actor().id()))));
		staff(lead, vendor.id());
		IncidentView incident = incidents.open(lead.actor(),
				NewIncident.of("ファイルサーバーの暗号化", "RANSOMWARE", Urgency.CRITICAL, "EXTENSIVE"), null);
		String base = base();

		BrowserSupport.signIn(browser, base, lead.username(), lead.password());
		browser.get(base + "/incidents/" + incident.id());
		browser.findElement(By.id("response-link")).click();
		new Select(browser.findElement(By.id("playbook"))).selectByValue("RANSOMWARE");
		browser.findElement(By.id("apply")).click();
		assertThat(browser.findElement(By.id("rules")).getText()).contains("REP-5");
		BrowserSupport.screenshot(browser, "response-page");

		TaskView request = tasks.forIncident(lead.actor(), incident.id())
			.stream()
			.filter(TaskView::vendorRequest)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the ransomware playbook gives the vendor role no task"));
		browser.manage().deleteAllCookies();

		BrowserSupport.signIn(browser, base, vendorUser.username(), vendorUser.password());
		browser.get(base + "/tasks");
		browser.findElement(By.cssSelector("#my-tasks a[href$='" + request.id() + "']")).click();
		Path file = Files.createTempFile("restore-report", ".txt");
		Files.writeString(file, "バックアップから復元しました " + UUID.randomUUID(), StandardCharsets.UTF_8);
		browser.findElement(By.id("answer-text")).sendKeys("隔離済みのバックアップから全ファイルを復元しました");
		browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		BrowserSupport.screenshot(browser, "vendor-answer");
		browser.findElement(By.id("send-answer")).click();
		// the post reloads the page: wait for the answer on the new page instead of
		// reading the old page
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".card.answer"), "隔離済みのバックアップから全ファイルを復元しました"));
		browser.manage().deleteAllCookies();

		BrowserSupport.signIn(browser, base, lead.username(), lead.password());
		browser.get(base + "/tasks/" + request.id());
		String page = browser.findElement(By.tagName("body")).getText();
		BrowserSupport.screenshot(browser, "lead-sees-answer");
		assertThat(page).contains("隔離済みのバックアップから全ファイルを復元しました").contains(file.getFileName().toString());
		Files.deleteIfExists(file);
	}

	private void staff(TestUser lead, UUID vendorId) {
		RolePlanView plan = plans.plan(lead.actor().organisation());
		List<RolePlanInput.RoleInput> roles = new ArrayList<>();
		for (ResponseRole r : plan.roles()) {
			RolePlanInput.AssigneeInput primary = switch (r.code()) {
				case ResponseRole.LEAD -> new RolePlanInput.AssigneeInput(AssigneeKind.USER, lead.actor().id());
				case ResponseRole.VENDOR -> new RolePlanInput.AssigneeInput(AssigneeKind.VENDOR, vendorId);
				default ->
					r.primary() == null ? null : new RolePlanInput.AssigneeInput(r.primary().kind(), r.primary().id());
			};
			roles.add(new RolePlanInput.RoleInput(r.code(), r.name().ja(), r.name().en(), r.sortOrder(), primary,
					List.of()));
		}
		plans.replace(lead.actor(), new RolePlanInput(roles, plan.matrix(), null));
	}

}
