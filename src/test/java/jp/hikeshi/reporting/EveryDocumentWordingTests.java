package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.review.ReviewInput;
import jp.hikeshi.review.Reviews;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17, documents: every document Hikeshi drafts — the ten kinds of the reporting
 * module and the review's closing report — in Japanese and in English, as HTML and as PDF
 * text, for incidents in each state that changes the wording (open, contained with the
 * ransom stance confirmed, recovered, closed without an assessment), shows labels, never
 * codes, machine times or 「日本語 / English」 pairs; and the English ones carry no Japanese
 * but the names the user typed.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDocumentWordingTests {

	/**
	 * Japanese an English document may print though no user typed it, with why. Empty:
	 * the Japanese titles of the forms (e.g. the IPA's 届出様式) are named in English, as the
	 * bodies accept reports in English.
	 */
	static final Map<String, String> JAPANESE_ALLOWED_IN_ENGLISH = Map.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	@Autowired
	PrivacyDesk privacy;

	@Autowired
	RansomStance ransom;

	@Autowired
	NotificationPlan plan;

	@Autowired
	EvidenceLocker evidence;

	@Autowired
	Reviews reviews;

	@Autowired
	OrganisationSettings organisations;

	TestUser handler;

	/**
	 * Every text the test typed, in any language: an English document may print these as
	 * they are.
	 */
	final List<String> typed = new ArrayList<>();

	final Map<String, UUID> scenarios = new LinkedHashMap<>();

	final Instant detected = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

	@BeforeAll
	void seedIncidentsInEveryState() {
		handler = accounts.create("every-doc", Role.HANDLER, Role.MANAGER);
		typed.addAll(List.of(handler.actor().displayName(),
				organisations.name(handler.actor().organisation(), java.util.Locale.ENGLISH),
				organisations.name(handler.actor().organisation(), java.util.Locale.JAPANESE)));
		scenarios.put("open, ransomware, 300 persons, no stance yet", incident("受付 PC の画面に身代金の要求", "RANSOMWARE", null,
				facts(true, false, 300, 300, Outsourcing.NONE), false, false));
		scenarios.put("contained, ransomware confirmed, 10–20 persons, contractor", incident("ファイルサーバーの暗号化",
				"RANSOMWARE", IncidentState.CONTAINED, facts(true, true, 10, 20, Outsourcing.CONTRACTOR), true, true));
		scenarios.put("recovered, leak, persons unknown, principal", incident("委託先からの患者名簿の流出", "INFO_LEAK",
				IncidentState.RECOVERED, facts(true, true, null, null, Outsourcing.PRINCIPAL), false, true));
		scenarios.put("recovered, no personal information", incident("Web サイトの改ざん", "DEFACEMENT",
				IncidentState.RECOVERED, facts(false, false, null, null, Outsourcing.NONE), false, false));
		scenarios.put("closed, not assessed, reviewed",
				incident("マルウェア感染した端末", "MALWARE", IncidentState.CLOSED, null, false, false));
	}

	private PrivacyFacts facts(boolean personal, boolean every, Integer min, Integer max, Outsourcing outsourcing) {
		String notes = "患者の氏名と連絡先";
		typed.add(notes);
		return new PrivacyFacts(personal, personal, every, every, every, null, min, max, personal, false, outsourcing,
				detected.plus(30, ChronoUnit.MINUTES), notes);
	}

	private UUID incident(String title, String category, IncidentState state, PrivacyFacts facts, boolean confirmRansom,
			boolean notify) {
		typed.add(title);
		var by = handler.actor();
		IncidentView incident = incidents.open(by,
				NewIncident.of(title, category, Urgency.HIGH, "SIGNIFICANT")
					.withCommander(by.id())
					.withHandlers(List.of(by.id()))
					.withOccurredFrom(detected.minus(2, ChronoUnit.HOURS))
					.withOccurredTo(detected.minus(1, ChronoUnit.HOURS))
					.withDetectedAt(detected)
					.withReceivedAt(detected.plus(10, ChronoUnit.MINUTES))
					.withBecameAwareAt(detected.plus(30, ChronoUnit.MINUTES)),
				null);
		UUID id = incident.id();
		if (facts != null) {
			privacy.assess(by, id, facts, null);
		}
		evidence.register(by, id,
				NewEvidence.of(EvidenceKind.LOGS, "ファイアウォールのログ")
					.withCollectedBy("鈴木")
					.withMethod("export")
					.withStorageLocation("金庫")
					.withSha256("b".repeat(64)),
				null);
		typed.addAll(List.of("ファイアウォールのログ", "鈴木"));
		if (confirmRansom) {
			ransom.confirm(by, id, "支払わない");
		}
		if (notify) {
			NotificationView n = plan.add(by, id,
					NotificationInput.to(RecipientKind.PPC_PRELIMINARY)
						.withChannel(Channel.EMAIL)
						.withRecipient("ppc@example.jp")
						.inLanguage("ja")
						.withDocumentKind(DocumentKind.PPC_PRELIMINARY)
						.withSubject("速報")
						.withContent("速報の本文")
						.withEvidence(List.of()));
			plan.send(by, id, n.id(), n.version());
		}
		if (state != null) {
			IncidentView now = incidentQueries.get(by, id);
			incidents.update(by, id,
					IncidentChanges.version(now.version())
						.withTimes(null, null, null, detected.plus(3, ChronoUnit.HOURS),
								state == IncidentState.CONTAINED ? null : detected.plus(26, ChronoUnit.HOURS), null)
						.withState(state));
		}
		if (state == IncidentState.CLOSED || state == IncidentState.RECOVERED) {
			String measure = "オフラインバックアップの導入";
			typed.addAll(List.of(measure, "バックアップが同じネットワークにあった", "隔離が早かった", "連絡が遅れた"));
			reviews.record(by, id,
					new ReviewInput("TRUE_POSITIVE", "バックアップが同じネットワークにあった", "隔離が早かった", "連絡が遅れた",
							List.of(new ReviewInput.MeasureInput(null, measure, by.id(),
									LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString())),
							null));
		}
		return id;
	}

	@Test
	@DisplayName("REP-1 REP-2 REP-3 REP-4 every document kind and the closing report, for incidents in every state, in Japanese and English, as HTML and as PDF text, shows labels, never codes, machine times or pairs, and the English ones no Japanese but typed names")
	void showsLabelsNeverCodes() throws Exception {
		List<String> kinds = new ArrayList<>();
		for (DocumentKind kind : DocumentKind.values()) {
			kinds.add(kind.slug());
		}
		kinds.add("closing-report");
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, UUID> scenario : scenarios.entrySet()) {
			for (String kind : kinds) {
				for (String lang : List.of("ja", "en")) {
					String html = WordingCheck.htmlText(
							new String(document(scenario.getValue(), kind, "html", lang), StandardCharsets.UTF_8));
					String pdf = WordingCheck.pdfText(document(scenario.getValue(), kind, "pdf", lang));
					String where = kind + " (" + lang + ", " + scenario.getKey() + ") ";
					for (String text : List.of(html, pdf)) {
						String format = text == html ? "HTML: " : "PDF: ";
						WordingCheck.codes(text, typed).forEach(c -> found.add(where + format + c));
						if (lang.equals("en")) {
							WordingCheck.japanese(text, typed)
								.stream()
								.filter(j -> JAPANESE_ALLOWED_IN_ENGLISH.keySet().stream().noneMatch(j::startsWith))
								.forEach(j -> found.add(where + format + "Japanese " + j));
						}
					}
				}
			}
		}
		assertThat(found.stream().distinct().toList()).isEmpty();
	}

	byte[] document(UUID incident, String kind, String format, String lang) throws Exception {
		return mvc
			.perform(get("/api/v1/incidents/{id}/documents/{kind}", incident, kind).param("format", format)
				.param("lang", lang)
				.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
