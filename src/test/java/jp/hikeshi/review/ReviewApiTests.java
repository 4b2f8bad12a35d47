package jp.hikeshi.review;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
@TestPropertySource(properties = "hikeshi.review.required-for-closing=true")
class ReviewApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	TestUser handler;

	TestUser owner;

	IncidentView incident;

	String due = LocalDate.now().plusDays(30).toString();

	@BeforeEach
	void setUp() {
		handler = accounts.create("reviewer", Role.HANDLER);
		owner = accounts.create("measure-owner", Role.MANAGER);
		incident = incidents.open(handler.actor(),
				NewIncident.of("不正アクセスの疑い", "INTRUSION", Urgency.MEDIUM, "SIGNIFICANT"), null);
	}

	String review(String outcome, String measures) {
		return "{\"outcome\":" + (outcome == null ? "null" : "\"" + outcome + "\"")
				+ ",\"rootCause\":\"VPN 機器の脆弱性が未修正だった\",\"wentWell\":\"ベンダーの初動が早かった\","
				+ "\"wentBadly\":\"連絡網が古かった\",\"preventionMeasures\":[" + measures + "]}";
	}

	String measure(String text, UUID ownerId, String dueOn) {
		return "{\"text\":\"" + text + "\",\"owner\":" + (ownerId == null ? "null" : "\"" + ownerId + "\"")
				+ ",\"due\":" + (dueOn == null ? "null" : "\"" + dueOn + "\"") + "}";
	}

	String write(String body, int expected) throws Exception {
		return mvc
			.perform(put("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	void close(int expected) throws Exception {
		long version = incidentQueries.get(handler.actor(), incident.id()).version();
		mvc.perform(patch("/api/v1/incidents/{id}", incident.id()).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"state\":\"CLOSED\"}")).andExpect(status().is(expected));
	}

	List<String> ownerTaskTitles() throws Exception {
		String body = mvc.perform(get("/api/v1/tasks").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].title.ja");
	}

	@Test
	@DisplayName("GEN-1 a review is written with PUT and read back with GET, with its prevention measures and their tasks")
	void writesAndReadsTheReview() throws Exception {
		mvc.perform(get("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
		write(review("TRUE_POSITIVE", measure("VPN 機器のパッチ適用手順を定める", owner.actor().id(), due)), 201);
		mvc.perform(get("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("TRUE_POSITIVE"))
			.andExpect(jsonPath("$.rootCause").value("VPN 機器の脆弱性が未修正だった"))
			.andExpect(jsonPath("$.wentWell").value("ベンダーの初動が早かった"))
			.andExpect(jsonPath("$.wentBadly").value("連絡網が古かった"))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.preventionMeasures[0].text").value("VPN 機器のパッチ適用手順を定める"))
			.andExpect(jsonPath("$.preventionMeasures[0].owner").value(owner.actor().id().toString()))
			.andExpect(jsonPath("$.preventionMeasures[0].ownerKind").value("USER"))
			.andExpect(jsonPath("$.preventionMeasures[0].due").value(due))
			.andExpect(jsonPath("$.preventionMeasures[0].taskId").isNotEmpty());
		mvc.perform(get("/api/v1/incidents/{id}/timeline", incident.id()).param("kind", "LOG")
			.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("振り返りを記録しました（第 1 版、結果: インシデント（真陽性）、再発防止策 1 件）")));
	}

	@Test
	@DisplayName("GEN-1 a review without outcome, with an unknown owner, a past or missing due or an empty measure is refused naming each field")
	void refusesBadReviewsNamingTheFields() throws Exception {
		mvc.perform(put("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(review(null,
					measure("手順書の改訂", UUID.randomUUID(), "2020-01-01") + "," + measure("", owner.actor().id(), null)
							+ "," + measure("教育", owner.actor().id(), "next week"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("outcome")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("preventionMeasures[0].owner")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("preventionMeasures[0].due")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("preventionMeasures[1].text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("preventionMeasures[1].due")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("preventionMeasures[2].due")));
		write(review("MAYBE", ""), 400);
		TestUser stranger = accounts.create("stranger", Role.MANAGER);
		mvc.perform(put("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", stranger.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(review("FALSE_POSITIVE", ""))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("GEN-1 an incident is not closed without a review, the refusal names the review page, and closes once it is written")
	void closingRequiresAReview() throws Exception {
		long version = incident.version();
		mvc.perform(patch("/api/v1/incidents/{id}", incident.id()).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"state\":\"CLOSED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(
					jsonPath("$.errors[0].message").value(containsString("/incidents/" + incident.id() + "/review")));
		write(review("FALSE_POSITIVE", ""), 201);
		close(200);
	}

	@Test
	@DisplayName("RES-1 prevention measures become follow-up tasks of their owners that do not block closing and stay after it; a revision adds nothing twice")
	void measuresAreFollowUpTasks() throws Exception {
		String body = write(review("TRUE_POSITIVE",
				measure("VPN 機器の棚卸し", owner.actor().id(), due) + "," + measure("連絡網の更新", handler.actor().id(), due)),
				201);
		assertThat(ownerTaskTitles()).contains("再発防止策: VPN 機器の棚卸し");
		close(200);
		assertThat(ownerTaskTitles()).contains("再発防止策: VPN 機器の棚卸し");

		// resent without ids (matched by text), one due moved, the second measure taken
		// off, a new one added
		String moved = LocalDate.now().plusDays(60).toString();
		write("{\"outcome\":\"TRUE_POSITIVE\",\"version\":1,\"preventionMeasures\":["
				+ measure("VPN 機器の棚卸し", owner.actor().id(), moved) + "," + measure("多要素認証の導入", owner.actor().id(), due)
				+ "]}", 200);
		List<String> titles = ownerTaskTitles();
		assertThat(titles).filteredOn("再発防止策: VPN 機器の棚卸し"::equals).hasSize(1);
		assertThat(titles).contains("再発防止策: 多要素認証の導入");
		String tasks = mvc
			.perform(get("/api/v1/incidents/{id}/tasks", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> all = JsonPath.read(tasks, "$[*].title.ja");
		assertThat(all).filteredOn(t -> t.startsWith("再発防止策")).hasSize(3);
		List<String> withdrawn = JsonPath.read(tasks, "$[?(@.title.ja == '再発防止策: 連絡網の更新')].status");
		assertThat(withdrawn).containsExactly("CANCELLED");
		List<Boolean> mandatory = JsonPath.read(tasks, "$[*].mandatory");
		assertThat(mandatory).containsOnly(false);
		String firstId = JsonPath.read(body, "$.preventionMeasures[0].id");
		mvc.perform(get("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.preventionMeasures[0].id").value(firstId))
			.andExpect(jsonPath("$.preventionMeasures[0].due").value(moved))
			.andExpect(jsonPath("$.preventionMeasures.length()").value(2));
		// a stale revision is refused
		write(review("TRUE_POSITIVE", "").replace("{\"outcome\"", "{\"version\":1,\"outcome\""), 409);
	}

	@Test
	@DisplayName("GEN-1 the review page saves the review and closes the incident with one button, and shows the refusal when closing fails")
	void reviewPageSavesAndCloses() throws Exception {
		mvc.perform(get("/incidents/{id}/review", incident.id()).with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("振り返りを保存して終結")))
			.andExpect(content().string(containsString("インシデント（真陽性）")));
		mvc.perform(get("/incidents/{id}", incident.id()).with(as(handler)))
			.andExpect(content().string(containsString("/incidents/" + incident.id() + "/review")));
		mvc.perform(post("/incidents/{id}/review", incident.id()).with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("action", "close")
			.param("measureId", "", "")
			.param("measureText", "教育の実施", "")
			.param("measureOwner", owner.actor().id().toString(), "")
			.param("measureDue", "2020-01-01", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("結果（インシデント・誤検知・重複）を選んでください")))
			.andExpect(content().string(containsString("1 行目の再発防止策: 期限 2020-01-01 は過去の日付です")));
		mvc.perform(post("/incidents/{id}/review", incident.id()).with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("action", "addRow")
			.param("outcome", "DUPLICATE")
			.param("measureId", "")
			.param("measureText", "教育の実施")
			.param("measureOwner", "")
			.param("measureDue", "")).andExpect(status().isOk()).andExpect(content().string(containsString("教育の実施")));
		mvc.perform(post("/incidents/{id}/review", incident.id()).with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("action", "close")
			.param("outcome", "DUPLICATE")
			.param("rootCause", "同じ通報の二重登録")
			.param("measureId", "", "")
			.param("measureText", "教育の実施", "")
			.param("measureOwner", owner.actor().id().toString(), "")
			.param("measureDue", due, ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/incidents/" + incident.id()));
		assertThat(incidentQueries.get(handler.actor(), incident.id()).state().name()).isEqualTo("CLOSED");
		assertThat(ownerTaskTitles()).contains("再発防止策: 教育の実施");
	}

	@Test
	@DisplayName("RES-1 a prevention measure may be given to a vendor: the vendor's account sees its follow-up task on the closed incident")
	void vendorOwnsAMeasure() throws Exception {
		TestUser vendorUser = accounts.create("measure-vendor", Role.VENDOR);
		String vendor = JsonPath.read(mvc
			.perform(post("/api/v1/vendors").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"保守ベンダー " + UUID.randomUUID()
						+ "\",\"email\":\"support@example.jp\",\"people\":[{\"name\":\"保守 一郎\",\"userId\":\""
						+ vendorUser.actor().id() + "\"}]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		write(review("TRUE_POSITIVE", measure("VPN 機器のファームウェア更新", UUID.fromString(vendor), due)), 201);
		close(200);
		String body = mvc.perform(get("/api/v1/tasks").header("Authorization", vendorUser.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> titles = JsonPath.read(body, "$.items[*].title.ja");
		assertThat(titles).contains("再発防止策: VPN 機器のファームウェア更新");
		mvc.perform(get("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.preventionMeasures[0].ownerKind").value("VENDOR"));
	}

	@Test
	@DisplayName("RES-1 GEN-1 the review page keeps the review but shows the refusal when a mandatory task still keeps the incident open")
	void reviewPageShowsTheClosingRefusal() throws Exception {
		mvc.perform(post("/api/v1/incidents/{id}/tasks", incident.id()).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"process\":\"RESPONSE\",\"title\":\"ログの保全\",\"mandatory\":true}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/incidents/{id}/review", incident.id()).with(as(handler))
			.with(csrf())
			.param("version", "0")
			.param("action", "close")
			.param("outcome", "TRUE_POSITIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ログの保全")))
			.andExpect(content().string(containsString("振り返りを保存しました")));
		assertThat(incidentQueries.get(handler.actor(), incident.id()).state().name()).isNotEqualTo("CLOSED");
		mvc.perform(get("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.outcome").value("TRUE_POSITIVE"));
	}

	@Test
	@DisplayName("GEN-1 a manager reads the review page without the buttons that save or close")
	void managerReadsTheReviewPage() throws Exception {
		write(review("FALSE_POSITIVE", measure("監視ルールの閾値見直し", owner.actor().id(), due)), 201);
		mvc.perform(get("/incidents/{id}/review", incident.id()).with(as(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("監視ルールの閾値見直し")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("save-and-close"))));
		mvc.perform(post("/incidents/{id}/review", incident.id()).with(as(owner))
			.with(csrf())
			.param("outcome", "TRUE_POSITIVE")).andExpect(status().isForbidden());
	}

}
