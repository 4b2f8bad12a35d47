package jp.hikeshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

@WebTest
class AuditPageTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	@DisplayName("RES-2 the Japanese audit page shows labels and messages, not codes, with a short id linking to the incident")
	void showsLabelsAndLinksInTheViewersLanguage() throws Exception {
		TestUser admin = accounts.create("aud-page", Role.ADMIN);
		TestUser english = accounts.create("aud-page-en", Locale.ENGLISH, Role.ADMIN);
		String actor = "actor-" + UUID.randomUUID();
		UUID incident = UUID.randomUUID();
		record(AuditEvent.by(OrganisationId.DEFAULT, actor, null)
			.did("INCIDENT_OPENED")
			.on("INCIDENT", incident)
			.with("number", "INC-2026-0042")
			.with("title", "受付 PC の感染")
			.summary("INC-2026-0042 受付 PC の感染")
			.at(at(2026, 11, 20, 10, 5)));
		record(new AuditEvent(OrganisationId.DEFAULT, at(2026, 11, 20, 10, 6), actor, null, "LOGIN_FAILED", "USER",
				actor, "BadCredentialsException"));
		awaitEntries(admin, actor, 2);

		String page = mvc.perform(get("/audit").param("actor", actor).with(PageAuth.as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("インシデントの起票", "インシデント INC-2026-0042「受付 PC の感染」を起票しました", "サインイン失敗",
				"2026年11月20日 10:05:00", "href=\"/incidents/" + incident + "\"",
				">" + incident.toString().substring(0, 8) + "<", "BadCredentialsException");
		assertThat(page).doesNotContain(">INCIDENT_OPENED<", ">LOGIN_FAILED<", ">" + incident + "<", ">INCIDENT<");

		String en = mvc
			.perform(get("/audit").param("actor", actor).with(PageAuth.as(english)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(en)
			.contains("Incident opened", "Incident INC-2026-0042 &quot;受付 PC の感染&quot; opened", "20 Nov 2026, 10:05:00")
			.doesNotContain("インシデントの起票");
	}

	@Test
	@DisplayName("RES-2 the trail is filtered by period (days in Tokyo), action and object, on the page and over the API")
	void filtersByPeriodActionAndObject() throws Exception {
		TestUser admin = accounts.create("aud-filter", Role.ADMIN);
		String actor = "actor-" + UUID.randomUUID();
		record(legacy(actor, "REPORT_FILED", "REPORT", "r-1", at(2026, 1, 31, 23, 59)));
		record(legacy(actor, "REPORT_FILED", "REPORT", "r-2", at(2026, 2, 1, 0, 0)));
		record(legacy(actor, "REPORT_REVIEWED", "REPORT", "r-2", at(2026, 2, 28, 23, 59)));
		record(legacy(actor, "TASK_CREATED", "TASK", "t-1", at(2026, 3, 1, 0, 0)));
		awaitEntries(admin, actor, 4);

		assertThat(objectIds(admin, actor, "from", "2026-02-01", "to", "2026-02-28")).containsExactly("r-2", "r-2");
		assertThat(objectIds(admin, actor, "action", "REPORT_FILED")).containsExactly("r-2", "r-1");
		assertThat(objectIds(admin, actor, "objectType", "REPORT", "objectId", "r-2")).hasSize(2);
		assertThat(objectIds(admin, actor, "to", "2026-01-31")).containsExactly("r-1");
		String page = mvc
			.perform(get("/audit").param("actor", actor).param("action", "TASK_CREATED").with(PageAuth.as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("タスクの作成", "<option value=\"TASK_CREATED\" selected=\"selected\">タスクの作成</option>")
			.doesNotContain("報告の受付</td>");
		mvc.perform(get("/api/v1/audit").param("from", "2026-03-02")
			.param("to", "2026-03-01")
			.header("Authorization", admin.bearer())).andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("RES-2 the trail is paged 50 at a time by time, newest first, with older and newer links")
	void pagesByPositionNewestFirst() throws Exception {
		TestUser admin = accounts.create("aud-paging", Role.ADMIN);
		String actor = "actor-" + UUID.randomUUID();
		Instant start = at(2026, 6, 1, 9, 0);
		transaction.executeWithoutResult(s -> {
			for (int i = 0; i < 120; i++) {
				events.publishEvent(legacy(actor, "TASK_CHANGED", "TASK", "n-" + i, start.plusSeconds(i / 2)));
			}
		});
		awaitEntries(admin, actor, 120);

		String first = page(admin, "/audit?actor=" + actor);
		assertThat(rows(first)).isEqualTo(50);
		assertThat(first).contains("n-119", "n-70").doesNotContain("n-69<", "rel=\"prev\"");
		String second = page(admin, link(first, "next"));
		assertThat(rows(second)).isEqualTo(50);
		assertThat(second).contains("n-69", "n-20", "rel=\"prev\"").doesNotContain("n-70<", "n-19<");
		String third = page(admin, link(second, "next"));
		assertThat(rows(third)).isEqualTo(20);
		assertThat(third).contains("n-19", "n-0<").doesNotContain("rel=\"next\"");
		String backAgain = page(admin, link(third, "prev"));
		assertThat(backAgain).contains("n-69", "n-20").doesNotContain("n-70<", "n-19<");

		String api = mvc
			.perform(get("/api/v1/audit").param("actor", actor)
				.param("before", "")
				.param("size", "50")
				.header("Authorization", admin.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(api, "$.items[*].objectId")).hasSize(50).startsWith("n-119");
		String older = JsonPath.read(api, "$.older");
		mvc.perform(get("/api/v1/audit").param("actor", actor)
			.param("before", older)
			.param("size", "50")
			.header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$.items[0].objectId").value("n-69"))
			.andExpect(jsonPath("$.items.length()").value(50));
		mvc.perform(get("/api/v1/audit").param("actor", actor).header("Authorization", admin.bearer()))
			.andExpect(jsonPath("$.totalItems").value(120))
			.andExpect(jsonPath("$.page").value(0));
	}

	@Test
	@DisplayName("RES-2 the CSV export is UTF-8 with a BOM, a Japanese header, labels, and the page's filters")
	void exportsCsvWithTheSameFilters() throws Exception {
		TestUser admin = accounts.create("aud-csv", Role.ADMIN);
		TestUser english = accounts.create("aud-csv-en", Locale.ENGLISH, Role.MANAGER);
		String actor = "actor-" + UUID.randomUUID();
		record(AuditEvent.by(OrganisationId.DEFAULT, actor, null)
			.did("REPORT_FILED")
			.on("REPORT", "rep-1")
			.with("number", "R-7")
			.with("summary", "不審なメール, \"至急\"")
			.at(at(2026, 4, 1, 12, 0)));
		record(legacy(actor, "TASK_CREATED", "TASK", "task-1", at(2026, 4, 2, 12, 0)));
		awaitEntries(admin, actor, 2);

		byte[] body = mvc.perform(get("/audit/export.csv").param("actor", actor).with(PageAuth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=\"audit-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo("日時（Asia/Tokyo）,操作者,操作,操作コード,対象種別,対象 ID,詳細,連番,ハッシュ");
		assertThat(lines).hasSize(3);
		assertThat(lines[1]).startsWith("2026-04-02 12:00:00," + actor + ",タスクの作成,TASK_CREATED,タスク,task-1,");
		assertThat(lines[2]).startsWith("2026-04-01 12:00:00," + actor + ",報告の受付,REPORT_FILED,報告,rep-1,"
				+ "\"報告 R-7「不審なメール, \"\"至急\"\"」を受け付けました\",");

		String filtered = mvc
			.perform(get("/api/v1/audit/export.csv").param("actor", actor)
				.param("action", "REPORT_FILED")
				.header("Authorization", english.bearer())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered.substring(1).split("\r\n")).hasSize(2)
			.startsWith("When (Asia/Tokyo),Who,Action,Action code,Object type,Object id,Details,Entry,Hash");
		assertThat(filtered).contains("Report filed,REPORT_FILED,Report,rep-1");
	}

	@Test
	@DisplayName("RES-2 the verify button answers in words with the number of entries checked")
	void answersTheVerificationInWords() throws Exception {
		TestUser admin = accounts.create("aud-verify", Role.ADMIN);
		TestUser english = accounts.create("aud-verify-en", Locale.ENGLISH, Role.ADMIN);
		assertThat(page(admin, "/audit/verify")).containsPattern("改ざんは検出されませんでした（[0-9,]+ 件を検証）");
		assertThat(page(english, "/audit/verify")).containsPattern("No tampering found \\([0-9,]+ entries checked\\)");
		assertThat(page(admin, "/audit")).contains("改ざんがないか検証する", "CSV で書き出す", "印刷用表示");
		assertThat(page(admin, "/audit?print=1")).contains("audit-print", "window.print()");
	}

	@Test
	@DisplayName("RES-2 the CSV export reads the trail in keyset pages: 2,345 entries, ties on the same second across page ends, each exactly once, newest first")
	void exportsEveryEntryOnceAcrossPages() throws Exception {
		TestUser admin = accounts.create("aud-csv-pages", Role.ADMIN);
		String actor = "actor-" + UUID.randomUUID();
		Instant start = at(2026, 5, 1, 9, 0);
		int count = 2345;
		transaction.executeWithoutResult(s -> {
			for (int i = 0; i < count; i++) {
				events.publishEvent(legacy(actor, "TASK_CHANGED", "TASK", "e-" + i, start.plusSeconds(i / 3)));
			}
		});
		awaitEntries(admin, actor, count);

		String csv = mvc
			.perform(get("/api/v1/audit/export.csv").param("actor", actor).header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> ids = java.util.Arrays.stream(csv.substring(1).split("\r\n"))
			.skip(1)
			.map(line -> line.split(",")[5])
			.toList();
		assertThat(ids).hasSize(count).doesNotHaveDuplicates();
		assertThat(ids.get(0)).isEqualTo("e-" + (count - 1));
		assertThat(ids.get(count - 1)).isIn("e-0", "e-1", "e-2");
	}

	private String page(TestUser user, String url) throws Exception {
		String language = user.actor().locale() == null ? "ja" : user.actor().locale().getLanguage();
		return mvc.perform(get(url).with(PageAuth.as(user)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String link(String page, String rel) {
		Matcher m = Pattern.compile("rel=\"" + rel + "\"\\s+href=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).as("link " + rel).isTrue();
		return m.group(1).replace("&amp;", "&");
	}

	private static int rows(String page) {
		return page.split("<td class=\"audit-when\"").length - 1;
	}

	private List<String> objectIds(TestUser user, String actor, String... params) throws Exception {
		var request = get("/api/v1/audit").param("actor", actor).header("Authorization", user.bearer());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return JsonPath.read(
				mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				"$.items[*].objectId");
	}

	private void awaitEntries(TestUser user, String actor, int count) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> mvc.perform(get("/api/v1/audit").param("actor", actor).header("Authorization", user.bearer()))
						.andExpect(jsonPath("$.totalItems").value(count)));
	}

	private void record(AuditEvent event) {
		transaction.executeWithoutResult(s -> events.publishEvent(event));
	}

	private static AuditEvent legacy(String actor, String action, String type, String id, Instant at) {
		return new AuditEvent(OrganisationId.DEFAULT, at, actor, null, action, type, id, "legacy " + id);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TOKYO).toInstant();
	}

}
