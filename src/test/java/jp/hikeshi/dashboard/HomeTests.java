package jp.hikeshi.dashboard;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Role;
import jp.hikeshi.reporting.LegalClock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class HomeTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	HomeBoard board;

	@Autowired
	LegalClock legalClock;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("GEN-2 RES-1 a handler's home lists the open tasks given to them, overdue first, the due counted in days")
	void handlerSeesTheirTasksOverdueFirst() throws Exception {
		TestUser handler = accounts.create("home-h", Role.HANDLER);
		TestUser other = accounts.create("home-o", Role.HANDLER);
		UUID incident = incident(handler, "ホーム: 担当者のタスク", List.of());
		Instant now = Instant.now();
		Instant tomorrowMidnight = LocalDate.now(TOKYO).plusDays(1).atStartOfDay(TOKYO).toInstant();
		UUID later = task(handler, incident, "二日後のタスク", "USER", handler.actor().id(), now.plus(2, ChronoUnit.DAYS));
		UUID undated = task(handler, incident, "期限なしのタスク", "USER", handler.actor().id(), null);
		UUID today = task(handler, incident, "今日までのタスク", "USER", handler.actor().id(), tomorrowMidnight);
		UUID overdue = task(handler, incident, "超過したタスク", "USER", handler.actor().id(), now.minus(3, ChronoUnit.DAYS));
		task(handler, incident, "他人のタスク", "USER", other.actor().id(), now.minus(9, ChronoUnit.DAYS));

		String home = home(handler);
		assertThat(JsonPath.<List<String>>read(home, "$.myTasks[*].id")).containsExactly(overdue.toString(),
				today.toString(), later.toString(), undated.toString());
		assertThat(JsonPath.<Boolean>read(home, "$.myTasks[0].overdue")).isTrue();
		assertThat(JsonPath.<Integer>read(home, "$.myTasks[0].days")).isEqualTo(-3);
		assertThat(JsonPath.<String>read(home, "$.myTasks[0].daysText")).isEqualTo("3 日超過");
		assertThat(JsonPath.<String>read(home, "$.myTasks[1].daysText")).isEqualTo("今日まで");
		assertThat(JsonPath.<String>read(home, "$.myTasks[1].lastDay")).isEqualTo(LocalDate.now(TOKYO).toString());
		assertThat(JsonPath.<String>read(home, "$.myTasks[2].daysText")).isEqualTo("あと 2 日");
		assertThat(JsonPath.<Boolean>read(home, "$.myTasks[2].overdue")).isFalse();
		assertThat(JsonPath.<Object>read(home, "$.myTasks[3].due")).isNull();
		assertThat(JsonPath.<String>read(home, "$.myTasks[0].incidentId")).isEqualTo(incident.toString());
		assertThat(JsonPath.<List<String>>read(home, "$.myIncidents[*].id")).contains(incident.toString());
		assertThat(JsonPath.<Object>read(home, "$.openPerPriority")).isNotNull();
		assertThat(JsonPath.<Object>read(home, "$.reportsWaiting.total")).isNotNull();

		String page = mvc.perform(get("/").with(as(handler)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("id=\"my-tasks\"", "3 日超過", "今日まで", "あと 2 日", "/tasks/" + overdue, "id=\"deadlines\"",
					"id=\"open-per-priority\"", "id=\"reports-waiting\"")
			.doesNotContain("他人のタスク");
		assertThat(page.indexOf("超過したタスク")).isLessThan(page.indexOf("今日までのタスク"));
		assertThat(page.indexOf("今日までのタスク")).isLessThan(page.indexOf("二日後のタスク"));
	}

	@Test
	@DisplayName("RES-1 a vendor sees only its own open requests and the incidents shared with it, nothing of the organisation")
	void vendorSeesOnlyItsOwn() throws Exception {
		TestUser lead = accounts.create("home-lead", Role.HANDLER, Role.ADMIN);
		TestUser mine = accounts.create("home-va", Role.VENDOR);
		TestUser theirs = accounts.create("home-vb", Role.VENDOR);
		UUID vendorA = vendor(lead, mine, "A");
		UUID vendorB = vendor(lead, theirs, "B");
		UUID incidentA = incident(lead, "ホーム: ベンダー A の案件", List.of());
		UUID incidentB = incident(lead, "ホーム: ベンダー B の案件", List.of());
		UUID requestA = task(lead, incidentA, "ログ提出の依頼 A", "VENDOR", vendorA, Instant.now().plus(5, ChronoUnit.DAYS));
		task(lead, incidentB, "ログ提出の依頼 B", "VENDOR", vendorB, Instant.now().plus(1, ChronoUnit.DAYS));

		String home = home(mine);
		assertThat(JsonPath.<List<String>>read(home, "$.myTasks[*].id")).containsExactly(requestA.toString());
		assertThat(JsonPath.<List<String>>read(home, "$.myIncidents[*].id")).containsExactly(incidentA.toString());
		assertThat(JsonPath.<String>read(home, "$.myIncidents[0].part")).isEqualTo("VENDOR");
		assertThat(JsonPath.<List<Object>>read(home, "$.deadlines")).isEmpty();
		assertThat(JsonPath.<List<Object>>read(home, "$.answersToReview")).isEmpty();
		assertThat(JsonPath.<List<Object>>read(home, "$.myReports")).isEmpty();
		assertThat(JsonPath.<Object>read(home, "$.reportsWaiting")).isNull();
		assertThat(JsonPath.<Object>read(home, "$.openPerPriority")).isNull();

		mvc.perform(get("/").with(as(mine)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ログ提出の依頼 A"), containsString("御社への依頼"),
					containsString("/incidents/" + incidentA + "/response"), not(containsString("ログ提出の依頼 B")),
					not(containsString(incidentB.toString())), not(containsString("open-per-priority")),
					not(containsString("id=\"deadlines\"")), not(containsString("id=\"reports-waiting\"")))));
	}

	@Test
	@DisplayName("GEN-2 a reporter's home shows the status of its own reports and nothing of the incidents")
	void reporterSeesItsOwnReports() throws Exception {
		TestUser reporter = accounts.create("home-r", Role.REPORTER);
		TestUser someoneElse = accounts.create("home-r2", Role.REPORTER);
		String mineNumber = report(reporter, "ホーム: 自分の通報");
		report(someoneElse, "ホーム: 他人の通報");

		String home = home(reporter);
		assertThat(JsonPath.<List<String>>read(home, "$.myReports[*].number")).containsExactly(mineNumber);
		assertThat(JsonPath.<String>read(home, "$.myReports[0].status")).isEqualTo("RECEIVED");
		assertThat(JsonPath.<List<Object>>read(home, "$.myTasks")).isEmpty();
		assertThat(JsonPath.<List<Object>>read(home, "$.myIncidents")).isEmpty();
		assertThat(JsonPath.<List<Object>>read(home, "$.deadlines")).isEmpty();
		assertThat(JsonPath.<Object>read(home, "$.reportsWaiting")).isNull();
		assertThat(JsonPath.<Object>read(home, "$.openPerPriority")).isNull();

		mvc.perform(get("/").with(as(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"my-reports\""), containsString(mineNumber),
					containsString("受付済み"), not(containsString("ホーム: 他人の通報")), not(containsString("open-per-priority")),
					not(containsString("id=\"my-tasks\"")))));
	}

	@Test
	@DisplayName("GEN-2 RES-1 REP-3 an administrator sees the answers to review, the legal deadlines, its incidents and the triage queue")
	void administratorSeesTheOrganisationsWork() throws Exception {
		TestUser admin = accounts.create("home-a", Role.ADMIN);
		TestUser handler = accounts.create("home-ah", Role.HANDLER);
		TestUser vendorUser = accounts.create("home-av", Role.VENDOR);
		UUID vendor = vendor(admin, vendorUser, "C");
		UUID commanded = incident(admin, "ホーム: 管理者が責任者", List.of());
		UUID handled = incident(handler, "ホーム: 管理者が対応者", List.of(admin.actor().id()));
		UUID request = task(admin, commanded, "回答済みの依頼", "VENDOR", vendor, null);
		String waiting = report(admin, "ホーム: トリアージ待ち");
		// ANSWERED comes with the vendor-answer work of issue 16 (item 3); until then the
		// status is set as stored text
		jdbc.sql("UPDATE response_task SET status = 'ANSWERED' WHERE id = ?").param(request).update();
		try {
			String home = home(admin);
			assertThat(JsonPath.<List<String>>read(home, "$.answersToReview[*].taskId")).contains(request.toString());
			assertThat(JsonPath.<List<String>>read(home, "$.myIncidents[?(@.id=='" + commanded + "')].part"))
				.containsExactly("COMMANDER");
			assertThat(JsonPath.<List<String>>read(home, "$.myIncidents[?(@.id=='" + handled + "')].part"))
				.containsExactly("HANDLER");
			assertThat(JsonPath.<Integer>read(home, "$.reportsWaiting.total")).isPositive();
			assertThat(JsonPath.<List<String>>read(home, "$.reportsWaiting.items[*].number")).contains(waiting);
			assertThat(JsonPath.<Object>read(home, "$.openPerPriority.P1")).isNotNull();
			assertThat(JsonPath.<List<Object>>read(home, "$.myTasks")).isEmpty();
			mvc.perform(get("/").with(as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"answers-to-review\""), containsString("回答済みの依頼"),
						containsString("/tasks/" + request), containsString("id=\"my-incidents\""),
						containsString("ホーム: 管理者が対応者"))));
			String vendorHome = home(vendorUser);
			assertThat(JsonPath.<List<Object>>read(vendorHome, "$.answersToReview")).isEmpty();
			assertThat(JsonPath.<List<Object>>read(vendorHome, "$.myTasks")).as("an answered request is no longer open")
				.isEmpty();
		}
		finally {
			jdbc.sql("UPDATE response_task SET status = 'DONE' WHERE id = ?").param(request).update();
		}
	}

	@Test
	@DisplayName("REP-3 a legal deadline shows its last day as the day itself (2月29日（火）中), never as the next day's 00:00")
	void deadlineShowsTheLastDay() throws Exception {
		TestUser handler = accounts.create("home-d", Role.HANDLER);
		UUID incident = incident(handler, "ホーム: 報告期限", List.of());
		// aware on 2000-02-24 (JST): the preliminary report is due within 5 days, i.e.
		// before 2000-03-01T00:00+09:00
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personalInformation\":true,\"sensitive\":true,\"becameAwareAt\":\"2000-02-24T01:00:00Z\"}"))
			.andExpect(status().isOk());

		String home = home(handler);
		String line = "$.deadlines[?(@.incidentId=='" + incident + "' && @.kind=='PPC_PRELIMINARY')]";
		assertThat(JsonPath.<List<String>>read(home, line + ".due")).containsExactly("2000-02-29T15:00:00Z");
		assertThat(JsonPath.<List<String>>read(home, line + ".lastDay")).containsExactly("2000-02-29");
		assertThat(JsonPath.<List<String>>read(home, line + ".lastDayText")).containsExactly("2月29日（火）中");
		assertThat(JsonPath.<List<String>>read(home, line + ".kindLabel")).containsExactly("個人情報保護委員会への速報");
		assertThat(JsonPath.<List<Boolean>>read(home, line + ".overdue")).containsExactly(true);
		long days = LocalDate.of(2000, 2, 29).toEpochDay() - LocalDate.now(TOKYO).toEpochDay();
		assertThat(JsonPath.<List<Integer>>read(home, line + ".daysRemaining")).containsExactly((int) days);
		assertThat(JsonPath.<List<String>>read(home, line + ".daysText")).containsExactly("%,d 日超過".formatted(-days));
		mvc.perform(get("/api/v1/home").header("Authorization", handler.bearer()).header("Accept-Language", "en"))
			.andExpect(
					jsonPath(line + ".lastDayText").value(org.hamcrest.Matchers.contains("by the end of Tue 29 Feb")));

		mvc.perform(get("/").with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2月29日（火）中"), containsString("個人情報保護委員会への速報"),
					containsString("/incidents/" + incident + "/reporting"), not(containsString("3月1日")),
					not(containsString("2000年3月1日 00:00")))));
	}

	@Test
	@DisplayName("REP-3 the stored due 2026-12-03T00:00+09:00 is shown as 「12月2日（水）中」")
	void lastDayOfTheExampleDue() {
		Instant due = OffsetDateTime.parse("2026-12-03T00:00:00+09:00").toInstant();
		LocalDate day = legalClock.lastDay(due);
		assertThat(day).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(board.lastDay(day, Locale.JAPANESE)).isEqualTo("12月2日（水）中").doesNotContain("12月3日");
	}

	private String home(TestUser user) throws Exception {
		return mvc.perform(get("/api/v1/home").header("Authorization", user.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID incident(TestUser lead, String title, List<UUID> handlers) throws Exception {
		String handlerIds = handlers.stream().map(h -> "\"" + h + "\"").reduce((a, b) -> a + "," + b).orElse("");
		String body = mvc
			.perform(post("/api/v1/incidents").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title
						+ "\",\"category\":\"MALWARE\",\"urgency\":\"CRITICAL\",\"severity\":\"EXTENSIVE\","
						+ "\"handlerIds\":[" + handlerIds + "]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private UUID task(TestUser lead, UUID incident, String title, String kind, UUID assignee, Instant due)
			throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents/" + incident + "/tasks").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"process\":\"RESPONSE\",\"title\":\"" + title + "\",\"assigneeKind\":\"" + kind
						+ "\",\"assigneeId\":\"" + assignee + "\"" + (due == null ? "" : ",\"due\":\"" + due + "\"")
						+ "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private UUID vendor(TestUser admin, TestUser account, String suffix) {
		return vendors
			.register(admin.actor(), new VendorInput(
					"ホーム保守ベンダー " + suffix + " " + UUID.randomUUID().toString().substring(0, 6), "03-1111-2222",
					"home" + suffix + "@vendor.example.jp", null, null, null,
					List.of(new VendorInput.PersonInput("担当 " + suffix, "090-0000-0000", null, account.actor().id()))))
			.id();
	}

	private String report(TestUser user, String summary) throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").header("Authorization", user.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"detectedAt\":\"" + Instant.now().minusSeconds(600)
						+ "\",\"reporterName\":\"r\",\"reporterContact\":\"c\","
						+ "\"category\":\"PHISHING\",\"channel\":\"WEB_FORM\",\"summary\":\"" + summary + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.number");
	}

}
