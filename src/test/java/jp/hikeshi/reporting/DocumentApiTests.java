package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class DocumentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	EvidenceLocker evidence;

	@Autowired
	RansomStance ransom;

	@Autowired
	MessageSource messages;

	TestUser handler;

	IncidentView incident;

	@BeforeEach
	void setUp() throws Exception {
		handler = accounts.create("documents", Role.HANDLER, Role.MANAGER);
		incident = incidents.open(handler.actor(),
				NewIncident.of("ランサムウェアによる顧客情報の暗号化", "RANSOMWARE", Urgency.HIGH, "SIGNIFICANT")
					.withOccurredFrom(Instant.parse("2026-04-01T00:00:00Z"))
					.withDetectedAt(Instant.parse("2026-04-01T01:00:00Z"))
					.withBecameAwareAt(Instant.parse("2026-04-01T01:30:00Z")),
				null);
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident.id())
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personalInformation":true,"sensitive":true,"personsMin":300,"personsMax":1200,
					 "unauthorisedPurpose":true,"becameAwareAt":"2026-04-01T01:30:00Z","notes":"患者情報"}"""))
			.andExpect(status().isOk());
		evidence.register(handler.actor(), incident.id(),
				NewEvidence.of(EvidenceKind.LOGS, "ファイアウォールのログ")
					.withCollectedBy("鈴木")
					.withMethod("export")
					.withStorageLocation("金庫")
					.withSha256("a".repeat(64)),
				null);
	}

	String title(DocumentKind kind, Locale locale) {
		return messages.getMessage("reporting.doc." + kind.slug() + ".title", null, locale);
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	@DisplayName("REP-1 REP-2 REP-3 REP-4 every document renders in Japanese and English as HTML, with its title and the incident number")
	void rendersEveryKindAsHtmlInBothLanguages(DocumentKind kind) throws Exception {
		for (Locale locale : new Locale[] { Locale.JAPANESE, Locale.ENGLISH }) {
			String html = mvc
				.perform(get("/api/v1/incidents/{id}/documents/{kind}", incident.id(), kind.slug())
					.param("format", "html")
					.param("lang", locale.getLanguage())
					.header("Authorization", handler.bearer()))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains(title(kind, locale)).contains(incident.number());
		}
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	@DisplayName("REP-1 REP-2 REP-3 REP-4 every document renders as PDF in both languages, and PDFBox reads the Japanese title and the incident number back")
	void rendersEveryKindAsPdfWithTheJapaneseFontEmbedded(DocumentKind kind) throws Exception {
		for (Locale locale : new Locale[] { Locale.JAPANESE, Locale.ENGLISH }) {
			byte[] pdf = mvc
				.perform(get("/api/v1/incidents/{id}/documents/{kind}", incident.id(), kind.slug())
					.param("format", "pdf")
					.param("lang", locale.getLanguage())
					.header("Authorization", handler.bearer()))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = text(pdf);
			assertThat(text).contains(squash(title(kind, locale))).contains(incident.number());
			if (locale == Locale.JAPANESE) {
				assertThat(text).contains("ランサムウェアによる顧客情報の暗号化");
			}
		}
	}

	@Test
	@DisplayName("REP-3 the preliminary PPC draft has the 9 items and states what is not yet known; the final one asks for everything")
	void draftsThePpcReportWithNineItems() throws Exception {
		String preliminary = text(pdf("ppc-preliminary", "ja"));
		assertThat(preliminary).contains("1.概要")
			.contains("9.その他参考となる事項")
			.contains("現時点では不明")
			.contains("要配慮個人情報")
			.contains("300〜1,200人（推定）")
			.contains("速報")
			.contains("2026年4月1日（水）10:00");
		String fin = text(pdf("ppc-final", "en"));
		assertThat(fin).contains("9.Otherusefulmatters").contains("(tobefilledin)").doesNotContain("Notyetknown");
	}

	@Test
	@DisplayName("REP-5 the management report of a ransomware incident states no payment and no negotiation, and who confirmed it")
	void statesTheRansomRuleInTheManagementReport() throws Exception {
		assertThat(text(pdf("management-report", "ja"))).contains("身代金の支払いや攻撃者との交渉は実施しない").contains("確認はまだ記録されていません");
		ransom.confirm(handler.actor(), incident.id(), "取締役会で確認");
		assertThat(text(pdf("management-report", "ja"))).contains(squash(handler.actor().displayName()) + "が");
		assertThat(ransom.decision(handler.actor(), incident.id())).get()
			.extracting(RansomDecision::confirmedBy)
			.isEqualTo(handler.actor().displayName());
	}

	@Test
	@DisplayName("REP-3 the police memo follows 5W1H and lists the evidence with its SHA-256")
	void listsEvidenceWithHashesInThePoliceMemo() throws Exception {
		String html = mvc
			.perform(get("/api/v1/incidents/{id}/documents/police-memo", incident.id()).header("Authorization",
					handler.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("いつ").contains("どのように").contains("ファイアウォールのログ").contains("a".repeat(64));
	}

	@Test
	@DisplayName("REP-3 an unknown document kind is refused with 400")
	void refusesAnUnknownKind() throws Exception {
		mvc.perform(get("/api/v1/incidents/{id}/documents/{kind}", incident.id(), "novel").header("Authorization",
				handler.bearer()))
			.andExpect(status().isBadRequest());
	}

	byte[] pdf(String kind, String lang) throws Exception {
		return mvc
			.perform(get("/api/v1/incidents/{id}/documents/{kind}", incident.id(), kind).param("format", "pdf")
				.param("lang", lang)
				.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The PDF's text without white space, so that a phrase wrapped across lines is still
	 * found.
	 */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return squash(new PDFTextStripper().getText(document));
		}
	}

	static String squash(String text) {
		return text.replaceAll("\\s+", "");
	}

}
