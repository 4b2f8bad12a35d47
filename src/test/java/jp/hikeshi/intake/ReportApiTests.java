package jp.hikeshi.intake;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@WebTest
class ReportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AssetCatalog assets;

	TestUser handler;

	TestUser reporter;

	@BeforeEach
	void setUp() {
		handler = accounts.create("handler", Role.HANDLER);
		reporter = accounts.create("reporter", Role.REPORTER);
	}

	@Test
	@DisplayName("DET-2 DET-3 every record item round-trips through the API")
	void recordsEveryItemOfAReport() throws Exception {
		UUID server = assets
			.register(handler.actor(), new AssetInput("会計サーバー", AssetKind.SERVER, "本社 2F", "経理部", "株式会社保守", null))
			.id();
		String body = """
				{"detectedAt":"2026-11-20T01:15:00Z","receivedAt":"2026-11-20T01:30:00Z",
				 "discovererName":"佐藤 花子","discovererContact":"内線 201",
				 "reporterName":"鈴木 一郎","reporterContact":"090-0000-0000",
				 "occurrencePrecision":"RANGE","occurredFrom":"2026-11-19T15:00:00Z","occurredTo":"2026-11-20T00:00:00Z",
				 "detectionPlace":"経理部 PC の画面",
				 "affectedPlaces":[{"assetId":"%s"},{"description":"ルーター 192.0.2.1"}],
				 "category":"MALWARE","channel":"PHONE",
				 "summary":"身代金要求の画面が出た 🔥","description":"朝出社したら\\n画面に英語の要求文が表示されていた"}
				"""
			.formatted(server);
		MvcResult created = mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/reports/[0-9a-f-]{36}")))
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/v1/reports/" + id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(matchesPattern("R-2026-\\d{4,}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.detectedAt").value("2026-11-20T01:15:00Z"))
			.andExpect(jsonPath("$.receivedAt").value("2026-11-20T01:30:00Z"))
			.andExpect(jsonPath("$.receivedById").value(handler.actor().id().toString()))
			.andExpect(jsonPath("$.receivedByName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.discovererName").value("佐藤 花子"))
			.andExpect(jsonPath("$.discovererContact").value("内線 201"))
			.andExpect(jsonPath("$.reporterName").value("鈴木 一郎"))
			.andExpect(jsonPath("$.reporterContact").value("090-0000-0000"))
			.andExpect(jsonPath("$.occurrencePrecision").value("RANGE"))
			.andExpect(jsonPath("$.occurredFrom").value("2026-11-19T15:00:00Z"))
			.andExpect(jsonPath("$.occurredTo").value("2026-11-20T00:00:00Z"))
			.andExpect(jsonPath("$.detectionPlace").value("経理部 PC の画面"))
			.andExpect(jsonPath("$.affectedPlaces[0].assetId").value(server.toString()))
			.andExpect(jsonPath("$.affectedPlaces[0].assetName").value("会計サーバー"))
			.andExpect(jsonPath("$.affectedPlaces[1].description").value("ルーター 192.0.2.1"))
			.andExpect(jsonPath("$.category").value("MALWARE"))
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.summary").value("身代金要求の画面が出た 🔥"))
			.andExpect(jsonPath("$.description").value("朝出社したら\n画面に英語の要求文が表示されていた"));
	}

	@Test
	@DisplayName("DET-3 an unknown occurrence time is recorded as unknown, and receipt time defaults to now")
	void defaultsReceiptTimeAndAcceptsUnknownOccurrence() throws Exception {
		mvc.perform(post("/api/v1/reports").header("Authorization", reporter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
					 "category":"PHISHING","channel":"WEB_FORM","summary":"怪しいメール"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.occurrencePrecision").value("UNKNOWN"))
			.andExpect(jsonPath("$.occurredFrom").doesNotExist())
			.andExpect(jsonPath("$.receivedAt").exists())
			.andExpect(jsonPath("$.receivedByName").value(reporter.actor().displayName()));
	}

	@Test
	@DisplayName("DET-3 missing items give 400 problem+json naming each field, in the caller's language")
	void rejectsMissingItemsFieldByField() throws Exception {
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.header("Accept-Language", "ja")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.title").value("入力内容に誤りがあります"))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("detectedAt", "reporterName", "reporterContact", "category", "channel",
							"summary")))
			.andExpect(jsonPath("$.errors[?(@.field == 'summary')].message").value(hasItem("概要を入力してください")));

		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.header("Accept-Language", "en-US,en;q=0.8")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[?(@.field == 'summary')].message").value(hasItem("Enter a summary")));
	}

	@Test
	@DisplayName("DET-3 inconsistent occurrence times, unknown categories and unknown assets are refused")
	void rejectsBrokenBusinessRules() throws Exception {
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
							 "occurrencePrecision":"RANGE","occurredFrom":"2026-11-20T00:00:00Z","occurredTo":"2026-11-19T00:00:00Z",
							 "affectedPlaces":[{"assetId":"%s"}],
							 "category":"NO_SUCH","channel":"PHONE","summary":"x"}"""
						.formatted(UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("occurredTo", "category", "affectedPlaces[0].assetId")));
	}

	@Test
	void rejectsMalformedJsonAndWrongTypes() throws Exception {
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"detectedAt\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"CARRIER_PIGEON\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesOversizedBodies() throws Exception {
		String huge = "{\"summary\":\"" + "あ".repeat(600_000) + "\"}";
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(huge)).andExpect(status().isContentTooLarge());
	}

	@Test
	void refusesCallsWithoutAValidToken() throws Exception {
		mvc.perform(get("/api/v1/reports"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(header().string("Content-Type", matchesPattern("application/problem\\+json.*")));
		mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer hks_not-a-real-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void answersUnknownIdsWith404() throws Exception {
		mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/reports/not-a-uuid").header("Authorization", handler.bearer()))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("DET-2 a reporter reads and lists only their own reports")
	void reporterCannotReadSomeoneElsesReport() throws Exception {
		String othersId = file(handler, "他人の通報");
		String ownId = file(reporter, "自分の通報");
		mvc.perform(get("/api/v1/reports/" + othersId).header("Authorization", reporter.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/" + ownId).header("Authorization", reporter.bearer()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports?size=100").header("Authorization", reporter.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(ownId)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(othersId))));
		mvc.perform(get("/api/v1/reports/" + ownId).header("Authorization", handler.bearer()))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("DET-2 the list is paged and filters by status, category, date and text")
	void listsPagedAndFiltered() throws Exception {
		String marker = "marker-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			file(handler, marker + " " + i);
		}
		mvc.perform(get("/api/v1/reports").param("q", marker.toUpperCase())
			.param("size", "2")
			.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].summary").value(marker + " 2"));
		mvc.perform(get("/api/v1/reports").param("q", marker)
			.param("category", "MALWARE")
			.param("status", "RECEIVED")
			.param("receivedFrom", "2026-01-01")
			.header("Authorization", handler.bearer())).andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/reports").param("q", marker)
			.param("category", "PHISHING")
			.header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[*].category", everyItem(is("PHISHING"))));
		mvc.perform(get("/api/v1/reports").param("size", "101").header("Authorization", handler.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/reports").param("q", "100%_\\").header("Authorization", handler.bearer()))
			.andExpect(status().isOk());
	}

	@Test
	void storesMarkupAsPlainText() throws Exception {
		String id = file(handler, "<script>alert('x')</script> & <b>bold</b>");
		mvc.perform(get("/api/v1/reports/" + id).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.summary").value("<script>alert('x')</script> & <b>bold</b>"));
	}

	private String file(TestUser user, String summary) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/reports").header("Authorization", user.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
						 "category":"PHISHING","channel":"EMAIL","summary":%s}""".formatted(quote(summary))))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
