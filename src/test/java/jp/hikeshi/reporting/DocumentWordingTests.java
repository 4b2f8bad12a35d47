package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Every document a clinic files speaks words, not codes: no enum or rule codes, no ISO
 * instants, no 「日本語 / English」 pairs, in Japanese and in English, in the HTML view and in
 * the PDF; and it carries what the records know.
 */
@WebTest
class DocumentWordingTests {

	/** What the test typed that may look like a code: the place 「受付の PC」. */
	static final List<String> TYPED = List.of("受付の PC");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EvidenceLocker evidence;

	@Autowired
	DocumentDates dates;

	@Autowired
	UserDetailsService userDetails;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() throws Exception {
		handler = accounts.create("wording", Role.HANDLER, Role.MANAGER);
		String report = JsonPath.read(mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-30T23:15:00Z","discovererName":"佐藤 花子","discovererContact":"内線 201",
						 "reporterName":"鈴木 一郎","reporterContact":"090-0000-0000","detectionPlace":"受付の PC",
						 "affectedPlaces":[{"description":"電子カルテサーバー"}],
						 "category":"RANSOMWARE","channel":"PHONE","summary":"画面に身代金の要求"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String triaged = mvc
			.perform(post("/api/v1/reports/" + report + "/triage").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"facts":{"damage":"YES","impact":"予約システムと会計が午前中停止","ongoing":"NO"},
						 "decision":"INCIDENT","reason":"暗号化を確認","urgency":"HIGH","severity":"SIGNIFICANT"}"""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		incident = UUID.fromString(JsonPath.read(triaged, "$.incidentId"));
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"personalInformation":true,"sensitive":true,"personsMin":300,"personsMax":300,
							 "unauthorisedPurpose":true,"outsourcing":"NONE","becameAwareAt":"2026-12-01T01:30:00Z","notes":"患者情報"}"""))
			.andExpect(status().isOk());
		evidence.register(handler.actor(), incident,
				NewEvidence.of(EvidenceKind.LOGS, "ファイアウォールのログ")
					.withCollectedBy("鈴木")
					.withMethod("export")
					.withStorageLocation("金庫")
					.withSha256("b".repeat(64)),
				null);
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	@DisplayName("REP-1 REP-2 REP-3 every document, in Japanese and English, as HTML and as PDF text, shows no codes, no ISO instants and no 「日本語 / English」 pairs")
	void showsNoCodes(DocumentKind kind) throws Exception {
		for (String lang : List.of("ja", "en")) {
			List<String> found = new ArrayList<>();
			found.addAll(WordingCheck.codes(
					WordingCheck.htmlText(
							document(kind, "html", lang).getResponse().getContentAsString(StandardCharsets.UTF_8)),
					TYPED));
			found.addAll(WordingCheck.codes(pdfText(document(kind, "pdf", lang).getResponse().getContentAsByteArray()),
					TYPED));
			assertThat(found).as(kind + " in " + lang).isEmpty();
		}
	}

	@Test
	@DisplayName("REP-3 the PPC reports give the number of persons as recorded: an estimate whose bounds meet reads 「約 300 人」")
	void wordsThePersonsAsRecorded() throws Exception {
		assertThat(html("ppc-preliminary", "ja")).contains("約 300 人")
			.doesNotContain("推定 300")
			.doesNotContain("300 〜 300");
		assertThat(html("ppc-final", "en")).contains("about 300 persons");
	}

	@Test
	@DisplayName("REP-2 the notice to related organisations carries the business impact fact-finding recorded and the affected systems")
	void prefillsTheRelatedOrganisationNotice() throws Exception {
		String notice = html("related-organisation-notice", "ja");
		assertThat(notice).contains("予約システムと会計が午前中停止").contains("電子カルテサーバー");
		assertThat(pdfText(
				document(DocumentKind.RELATED_ORGANISATION_NOTICE, "pdf", "en").getResponse().getContentAsByteArray())
			.replaceAll("\\s+", "")).contains("予約システムと会計が午前中停止");
	}

	@Test
	@DisplayName("REP-3 the police memo names the discoverer and the reporter, with how to reach them, and where the event was found")
	void namesTheDiscovererInThePoliceMemo() throws Exception {
		assertThat(html("police-memo", "ja")).contains("発見者：佐藤 花子（連絡先：内線 201）")
			.contains("通報者：鈴木 一郎")
			.contains("受付の PC");
		assertThat(html("police-memo", "en")).contains("Discovered by: 佐藤 花子 (contact: 内線 201)");
	}

	@Test
	@DisplayName("REP-3 a deadline reads as its last day, 「2026年12月2日（水）まで」, though it is kept as the exclusive end at next-day 00:00")
	void writesDeadlinesAsTheirLastDay() throws Exception {
		Instant due = Instant.parse("2026-12-02T15:00:00Z");
		assertThat(dates.lastDay(due, Locale.JAPANESE)).isEqualTo("2026年12月2日（水）まで");
		assertThat(dates.lastDay(due, Locale.ENGLISH)).isEqualTo("by Wed 2 December 2026");
		assertThat(dates.lastDay(due.plusSeconds(1), Locale.JAPANESE)).isEqualTo("2026年12月3日（木）まで");
		assertThat(html("management-report", "ja")).containsPattern("速報の期限：\\d{4}年\\d{1,2}月\\d{1,2}日（.）まで");
		var me = user(userDetails.loadUserByUsername(handler.username()));
		String page = mvc.perform(get("/incidents/{id}/reporting", incident).with(me))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("2026年12月6日（日）まで").contains("2027年1月30日（土）まで").doesNotContain("00:00");
		mvc.perform(get("/api/v1/incidents/{id}/obligations", incident).header("Authorization", handler.bearer()))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("REP-1 the HTML view has a header with the organisation and title, a way back to the incident and a print button hidden in print; the PDF has none of them")
	void givesTheHtmlViewAHeader() throws Exception {
		String page = html("management-report", "ja");
		assertThat(page).contains("<header class=\"doc-header\">")
			.contains("<a class=\"back\" href=\"/incidents/" + incident + "/reporting\">インシデントの報告・通知へ戻る</a>")
			.contains("<span class=\"doc-name\">インシデント報告書（組織内責任者・経営層向け）</span>")
			.containsPattern("<span class=\"org\">[^<]+</span>")
			.containsPattern("<button type=\"button\" data-print=\"data-print\" hidden=\"hidden\">印刷する</button>")
			.containsPattern("<noscript><span>[^<]*Ctrl\\+P[^<]*</span></noscript>")
			.contains("@media print")
			.contains("src=\"/js/print.js\"");
		String pdf = pdfText(
				document(DocumentKind.MANAGEMENT_REPORT, "pdf", "ja").getResponse().getContentAsByteArray());
		assertThat(pdf).doesNotContain("印刷する").doesNotContain("戻る");
	}

	@Test
	@DisplayName("REP-1 the management report states the incident's state as a word")
	void labelsTheState() throws Exception {
		assertThat(html("management-report", "ja")).containsPattern("状態：[^A-Za-z\\s]+");
		assertThat(html("management-report", "en")).doesNotContain("State: OPEN");
	}

	String html(String kind, String lang) throws Exception {
		return document(DocumentKind.ofSlug(kind).orElseThrow(), "html", lang).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	org.springframework.test.web.servlet.MvcResult document(DocumentKind kind, String format, String lang)
			throws Exception {
		return mvc
			.perform(get("/api/v1/incidents/{id}/documents/{kind}", incident, kind.slug()).param("format", format)
				.param("lang", lang)
				.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andReturn();
	}

	static String pdfText(byte[] pdf) {
		return WordingCheck.pdfText(pdf);
	}

}
