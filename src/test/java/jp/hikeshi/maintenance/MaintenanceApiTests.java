package jp.hikeshi.maintenance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class MaintenanceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AssetCatalog assets;

	TestUser desk;

	TestUser vendor;

	UUID server;

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

	@BeforeEach
	void setUp() {
		desk = accounts.create("desk", Role.HANDLER);
		vendor = accounts.create("vendor", Role.VENDOR);
		server = assets
			.register(desk.actor(),
					new AssetInput("電子カルテ " + UUID.randomUUID().toString().substring(0, 6), AssetKind.SERVER, "サーバー室",
							"医事課", "株式会社保守", null))
			.id();
	}

	ResultActions as(TestUser user, String path, String json) throws Exception {
		return mvc.perform(post(path).header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String criterion(String name, String frequency, String vendorUser) throws Exception {
		String body = as(desk, "/api/v1/maintenance/criteria",
				"""
						{"assetId":"%s","name":"%s","checkedItem":"ログイン失敗回数","threshold":"1 日 50 回を超える",
						 "frequency":"%s","vendorName":"株式会社保守"%s}""".formatted(server, name, frequency,
						vendorUser == null ? "" : ",\"vendorUserId\":\"" + vendorUser + "\""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	String result(String criterion, String outcome, String value) {
		return "{\"criterionId\":\"%s\",\"outcome\":\"%s\",\"value\":\"%s\",\"note\":\"ログで確認\"}".formatted(criterion,
				outcome, value);
	}

	ResultActions recordCheck(TestUser who, LocalDate on, String... results) throws Exception {
		return as(who, "/api/v1/maintenance/checks", "{\"assetId\":\"%s\",\"checkedOn\":\"%s\",\"results\":[%s]}"
			.formatted(server, on, String.join(",", results)));
	}

	@Test
	@DisplayName("DET-1 an anomaly result creates exactly one report, on the vendor-maintenance channel, for the asset")
	void anAnomalyCreatesExactlyOneReport() throws Exception {
		String logins = criterion("ログイン失敗", "MONTHLY", null);
		String disk = criterion("ディスク使用率", "MONTHLY", null);
		String body = recordCheck(vendor, today, result(logins, "ANOMALY", "1 日 312 回"), result(disk, "NORMAL", "61%"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.results[0].reportNumber").value(containsString("R-")))
			.andExpect(jsonPath("$.results[1].reportId").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String report = JsonPath.read(body, "$.results[0].reportId");

		mvc.perform(get("/api/v1/reports").header("Authorization", vendor.bearer()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(report));
		mvc.perform(get("/api/v1/reports/" + report).header("Authorization", desk.bearer()))
			.andExpect(jsonPath("$.channel").value("VENDOR_MAINTENANCE"))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.reporterName").value(vendor.actor().displayName()))
			.andExpect(jsonPath("$.affectedPlaces[0].assetId").value(server.toString()))
			.andExpect(jsonPath("$.summary").value(containsString("ログイン失敗")))
			.andExpect(jsonPath("$.description").value(containsString("1 日 50 回を超える")))
			.andExpect(jsonPath("$.description").value(containsString("1 日 312 回")));
	}

	@Test
	@DisplayName("DET-1 the audit trail tells a recorded check and its anomaly in the reader's language: asset, day, report number, criterion")
	void auditsChecksInTheReadersLanguage() throws Exception {
		TestUser admin = accounts.create("admin", Role.ADMIN);
		String logins = criterion("ログイン失敗", "MONTHLY", null);
		LocalDate day = LocalDate.of(2026, 11, 30);
		String body = recordCheck(vendor, day, result(logins, "ANOMALY", "1 日 312 回")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(body, "$.results[0].reportNumber");
		String asset = assets.find(desk.actor().organisation(), server).orElseThrow().name();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
			String ja = csv(admin, "ja");
			org.assertj.core.api.Assertions.assertThat(ja)
				.contains(asset + " の保守点検（2026年11月30日）を記録しました")
				.contains("保守点検で異常を報告しました: " + number + "（ログイン失敗 / " + asset + "）")
				.doesNotContain("2026-11-30");
			org.assertj.core.api.Assertions.assertThat(csv(admin, "en"))
				.contains("Maintenance check of " + asset + " (30 Nov 2026) recorded")
				.contains("Anomaly reported by a maintenance check: " + number);
		});
	}

	private String csv(TestUser admin, String language) throws Exception {
		return mvc
			.perform(get("/api/v1/audit/export.csv").param("actor", vendor.actor().username())
				.header("Authorization", admin.bearer())
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("DET-1 normal results create no report")
	void normalResultsCreateNoReport() throws Exception {
		String logins = criterion("ログイン失敗", "MONTHLY", null);
		recordCheck(vendor, today, result(logins, "NORMAL", "3 回")).andExpect(status().isCreated());
		recordCheck(vendor, today, result(logins, "NOT_CHECKED", "")).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/reports").header("Authorization", vendor.bearer()))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	@DisplayName("DET-1 a check whose period has passed since the last real check is listed as overdue")
	void listsOverdueChecks() throws Exception {
		String late = criterion("バックアップ成否", "MONTHLY", null);
		String recent = criterion("ウイルス定義の更新", "MONTHLY", null);
		String skipped = criterion("UPS 点検", "WEEKLY", null);
		recordCheck(vendor, today.minusDays(45), result(late, "NORMAL", "成功"), result(skipped, "NORMAL", "良好"))
			.andExpect(status().isCreated());
		recordCheck(vendor, today.minusDays(5), result(recent, "NORMAL", "最新"), result(skipped, "NOT_CHECKED", ""))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/maintenance/overdue").header("Authorization", desk.bearer()))
			.andExpect(jsonPath("$[?(@.criterionId == '%s')].dueOn".formatted(late))
				.value(hasItem(today.minusDays(45).plusMonths(1).toString())))
			.andExpect(jsonPath("$[?(@.criterionId == '%s')].lastCheckedOn".formatted(skipped))
				.value(hasItem(today.minusDays(45).toString())))
			.andExpect(jsonPath("$[*].criterionId").value(not(hasItem(recent))));
	}

	@Test
	@DisplayName("DET-1 the history of an asset lists its check runs, latest first")
	void listsTheHistoryOfAnAsset() throws Exception {
		String logins = criterion("ログイン失敗", "MONTHLY", null);
		recordCheck(vendor, today.minusDays(30), result(logins, "NORMAL", "2 回"));
		recordCheck(vendor, today, result(logins, "NORMAL", "4 回"));
		mvc.perform(get("/api/v1/maintenance/checks").param("assetId", server.toString())
			.header("Authorization", desk.bearer()))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].checkedOn").value(today.toString()))
			.andExpect(jsonPath("$.items[0].results[0].value").value("4 回"))
			.andExpect(jsonPath("$.items[1].recordedByName").value(vendor.actor().displayName()));
	}

	@Test
	@DisplayName("DET-1 reporters and vendors may not define criteria")
	void reportersAndVendorsMayNotDefineCriteria() throws Exception {
		TestUser reporter = accounts.create("reporter", Role.REPORTER);
		String json = "{\"assetKind\":\"PC\",\"name\":\"x\",\"checkedItem\":\"x\",\"threshold\":\"x\",\"frequency\":\"MONTHLY\",\"vendorName\":\"v\"}";
		as(reporter, "/api/v1/maintenance/criteria", json).andExpect(status().isForbidden());
		as(vendor, "/api/v1/maintenance/criteria", json).andExpect(status().isForbidden());
		as(reporter, "/api/v1/maintenance/checks", "{}").andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("DET-1 a faulty check run is refused whole, naming each fault, and files nothing")
	void refusesAFaultyCheckRun() throws Exception {
		TestUser other = accounts.create("vendor2", Role.VENDOR);
		String theirs = criterion("ログイン失敗", "MONTHLY", other.actor().id().toString());
		String mine = criterion("ディスク", "MONTHLY", vendor.actor().id().toString());
		recordCheck(vendor, today.plusDays(3), result(mine, "ANOMALY", "99%"), result(theirs, "NORMAL", "1"),
				"{\"criterionId\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("checkedOn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("results[1].criterionId")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("results[2].criterionId")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("results[2].outcome")));
		mvc.perform(get("/api/v1/reports").header("Authorization", vendor.bearer()))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	@DisplayName("DET-1 a criterion for an asset kind applies to every asset of that kind")
	void aKindCriterionAppliesToEveryAssetOfThatKind() throws Exception {
		String body = as(desk, "/api/v1/maintenance/criteria", """
				{"assetKind":"SERVER","name":"時刻同期 %s","checkedItem":"NTP のずれ","threshold":"1 秒以上",
				 "frequency":"QUARTERLY","vendorName":"株式会社保守"}""".formatted(UUID.randomUUID()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/v1/maintenance/criteria").param("assetId", server.toString())
			.header("Authorization", vendor.bearer())).andExpect(jsonPath("$[*].id").value(hasItem(id)));
		as(desk, "/api/v1/maintenance/criteria/" + id + "/retire", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/maintenance/criteria").param("assetId", server.toString())
			.header("Authorization", vendor.bearer())).andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
	}

}
