package jp.hikeshi.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@TestPropertySource(properties = "hikeshi.review.required-for-closing=true")
class ClosingReportTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	OrganisationSettings organisations;

	TestUser handler;

	IncidentView incident;

	Instant detected = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

	@BeforeEach
	void setUp() throws Exception {
		handler = accounts.create("closing", Role.HANDLER, Role.MANAGER);
		incident = incidents.open(handler.actor(),
				NewIncident.of("ランサムウェアによるファイルサーバの暗号化", "RANSOMWARE", Urgency.HIGH, "SIGNIFICANT")
					.withDetectedAt(detected)
					.withReceivedAt(detected.plus(135, ChronoUnit.MINUTES))
					.withBecameAwareAt(detected),
				null);
		mvc.perform(put("/api/v1/incidents/{id}/privacy-assessment", incident.id())
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personalInformation\":true,\"sensitive\":true,\"personsMin\":10,"
					+ "\"personsMax\":20,\"unauthorisedPurpose\":true,\"becameAwareAt\":\"" + detected + "\"}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/incidents/{id}/review", incident.id()).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"TRUE_POSITIVE\",\"rootCause\":\"バックアップが同じネットワークにあった\","
					+ "\"wentWell\":\"隔離が早かった\",\"wentBadly\":\"ベンダーへの連絡が遅れた\",\"preventionMeasures\":[{\"text\":\"オフラインバックアップの導入\","
					+ "\"owner\":\"" + handler.actor().id() + "\",\"due\":\"" + LocalDate.now(TOKYO).plusDays(90)
					+ "\"}]}"))
			.andExpect(status().isCreated());
	}

	String html(String path, String lang) throws Exception {
		return mvc
			.perform(get(path, incident.id()).param("format", "html")
				.param("lang", lang)
				.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] pdf(String lang) throws Exception {
		return mvc
			.perform(get("/api/v1/incidents/{id}/documents/closing-report", incident.id()).param("format", "pdf")
				.param("lang", lang)
				.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.getName()).contains("NotoSansJP");
					assertThat(font.isEmbedded()).isTrue();
				}
			}
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	static String squash(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	@DisplayName("REP-1 GEN-1 the closing report in Japanese prints the organisation, the handling times with durations, the obligations and the review")
	void japaneseReportHasTimesObligationsAndReview() throws Exception {
		String organisation = organisations.get(handler.actor().organisation()).name();
		String html = html("/api/v1/incidents/{id}/documents/closing-report", "ja");
		assertThat(html).contains("インシデント対応終結報告書", organisation, incident.number(), "ランサムウェア", "インシデント（真陽性）",
				HandlingTimes.time(detected, TOKYO, Locale.JAPANESE), "2 時間 15 分", "個人情報保護委員会への速報",
				"バックアップが同じネットワークにあった", "隔離が早かった", "ベンダーへの連絡が遅れた", "オフラインバックアップの導入", handler.actor().displayName());
		assertThat(html("/api/v1/incidents/{id}/closing-report", "ja")).contains("インシデント対応終結報告書");
	}

	@Test
	@DisplayName("REP-1 GEN-1 the closing report in English prints the handling times in Japan time with durations and the review")
	void englishReportHasTimesAndReview() throws Exception {
		String html = html("/api/v1/incidents/{id}/documents/closing-report", "en");
		assertThat(html).contains("Incident Closing Report", incident.number(), "Incident (true positive)",
				HandlingTimes.time(detected, TOKYO, Locale.ENGLISH), "2 h 15 min", "Handling times",
				"Prevention measures", "オフラインバックアップの導入");
	}

	@Test
	@DisplayName("REP-1 GEN-1 the closing report PDF embeds Noto Sans JP, and its text holds the organisation, 終結 and a handling time, in both languages")
	void pdfEmbedsTheJapaneseFont() throws Exception {
		String organisation = squash(organisations.get(handler.actor().organisation()).name());
		String ja = text(pdf("ja"));
		assertThat(ja).contains(organisation, "インシデント対応終結報告書", "終結",
				squash(HandlingTimes.time(detected, TOKYO, Locale.JAPANESE)), "2時間15分", "オフラインバックアップの導入");
		String en = text(pdf("en"));
		assertThat(en).contains(organisation, "IncidentClosingReport",
				squash(HandlingTimes.time(detected, TOKYO, Locale.ENGLISH)), "2h15min", "オフラインバックアップの導入");
	}

	@Test
	@DisplayName("REP-1 the closing report is refused for an unknown language or format, naming the parameter")
	void refusesUnknownLanguageOrFormat() throws Exception {
		mvc.perform(get("/api/v1/incidents/{id}/documents/closing-report", incident.id()).param("lang", "fr")
			.header("Authorization", handler.bearer())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/incidents/{id}/documents/closing-report", incident.id()).param("format", "docx")
			.header("Authorization", handler.bearer())).andExpect(status().isBadRequest());
	}

}
