package jp.hikeshi.intake;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AssetCatalog assets;

	@Autowired
	Users users;

	TestUser desk;

	@BeforeEach
	void setUp() {
		desk = accounts.create("desk", Role.HANDLER);
	}

	RequestPostProcessor as(TestUser u) {
		return user(userDetails.loadUserByUsername(u.username()));
	}

	@Test
	@DisplayName("DET-3 every record item typed in the form is shown on the report page, times in Asia/Tokyo")
	void formRoundTripsEveryItem() throws Exception {
		UUID asset = assets
			.register(desk.actor(), new AssetInput("電子カルテサーバー", AssetKind.SERVER, null, null, null, null))
			.id();
		MvcResult result = mvc
			.perform(post("/reports").with(as(desk))
				.with(csrf())
				.param("summary", "ランサムウェアの脅迫画面")
				.param("category", "RANSOMWARE")
				.param("description", "受付の PC に\n英語の脅迫文")
				.param("detectedAt", "2026-11-20T09:15")
				.param("detectionPlace", "受付 PC の画面")
				.param("occurrencePrecision", "RANGE")
				.param("occurredFrom", "2026-11-19T22:00")
				.param("occurredTo", "2026-11-20T08:00")
				.param("affectedAssets", asset.toString())
				.param("affectedOther", "受付 PC\nNAS")
				.param("reporterName", "看護師 田中")
				.param("reporterContact", "内線 301")
				.param("discovererName", "医事課 山本")
				.param("discovererContact", "内線 302")
				.param("channel", "PHONE")
				.param("receivedAt", "2026-11-20T09:20"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reports/*"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(as(desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ランサムウェアの脅迫画面"), containsString("ランサムウェア"),
					containsString("受付の PC に\n英語の脅迫文"), containsString("2026年11月20日 09:15"),
					containsString("受付 PC の画面"), containsString("2026年11月19日 22:00 〜 2026年11月20日 08:00"),
					containsString("電子カルテサーバー"), containsString("NAS"), containsString("看護師 田中 / 内線 301"),
					containsString("医事課 山本 / 内線 302"), containsString("電話"), containsString("2026年11月20日 09:20"),
					containsString(desk.actor().displayName()))));
	}

	@Test
	@DisplayName("DET-3 a form with faults shows each message beside its field and keeps what was typed")
	void invalidFormKeepsInputAndShowsMessages() throws Exception {
		mvc.perform(post("/reports").with(as(desk))
			.with(csrf())
			.param("summary", "")
			.param("description", "消えてはいけない説明 <b>")
			.param("detectedAt", "2026-11-20T09:15")
			.param("occurrencePrecision", "RANGE")
			.param("occurredFrom", "2026-11-20T08:00")
			.param("occurredTo", "2026-11-19T08:00")
			.param("reporterName", "田中")
			.param("reporterContact", "")
			.param("channel", "PHONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("概要を入力してください"), containsString("事象の分類を選んでください"),
					containsString("通報者の連絡先を入力してください"), containsString("消えてはいけない説明 &lt;b&gt;"),
					containsString("value=\"田中\""))));
	}

	@Test
	@DisplayName("DET-3 the form checks the occurrence range against detection once the fields are complete")
	void formShowsBusinessRuleFaults() throws Exception {
		mvc.perform(post("/reports").with(as(desk))
			.with(csrf())
			.param("summary", "s")
			.param("category", "MALWARE")
			.param("detectedAt", "2026-11-20T09:15")
			.param("occurrencePrecision", "RANGE")
			.param("occurredFrom", "2026-11-20T08:00")
			.param("occurredTo", "2026-11-19T08:00")
			.param("reporterName", "田中")
			.param("reporterContact", "1")
			.param("channel", "PHONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("発生日時（まで）は（から）より後にしてください")));
	}

	@Test
	void showsTheFormInEnglishWhenTheUserPrefersIt() throws Exception {
		TestUser english = accounts.create("en", java.util.Locale.ENGLISH, Role.REPORTER);
		mvc.perform(get("/reports/new").with(as(english)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Report an incident or a possible incident"),
					containsString("Where the incident is happening"))));
		var switched = new org.springframework.mock.web.MockHttpSession();
		switched.setAttribute(jp.hikeshi.shared.web.HikeshiLocaleResolver.USER_LOCALE, java.util.Locale.JAPANESE);
		mvc.perform(get("/reports/new").with(as(english)).session(switched))
			.andExpect(content().string(containsString("インシデントの通報・検知記録")));
	}

	@Test
	void rendersMarkupAsText() throws Exception {
		MvcResult result = mvc
			.perform(post("/reports").with(as(desk))
				.with(csrf())
				.param("summary", "<script>alert(1)</script>")
				.param("category", "OTHER")
				.param("detectedAt", "2026-11-20T09:15")
				.param("reporterName", "x")
				.param("reporterContact", "y")
				.param("channel", "WEB_FORM"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as(desk)))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)</script>")))));
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/reports").with(as(desk)).param("summary", "x")).andExpect(status().isForbidden());
	}

	@Test
	void listsAndFiltersReportsWithHtmxPartial() throws Exception {
		mvc.perform(get("/reports").with(as(desk)).param("q", "nothing-matches-" + UUID.randomUUID()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
		mvc.perform(get("/reports").with(as(desk)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("report-results"), not(containsString("<html")))));
	}

	@Test
	void pagesThroughALongListWithLinksThatKeepTheFilter() throws Exception {
		String marker = "page-" + UUID.randomUUID();
		for (int i = 0; i < 21; i++) {
			mvc.perform(post("/reports").with(as(desk))
				.with(csrf())
				.param("summary", marker + " " + i)
				.param("category", "OTHER")
				.param("detectedAt", "2026-11-20T09:15")
				.param("reporterName", "x")
				.param("reporterContact", "y")
				.param("channel", "WEB_FORM"));
		}
		mvc.perform(get("/reports?q=" + marker).with(as(desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("q=" + marker), containsString("page=1"))));
		mvc.perform(get("/reports?q=" + marker + "&page=1").with(as(desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(marker + " 0"), containsString("page=0"))));
	}

	@Test
	void answersAnUnknownReportPageWith404() throws Exception {
		mvc.perform(get("/reports/" + UUID.randomUUID()).with(as(desk)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("見つかりませんでした")));
	}

}
