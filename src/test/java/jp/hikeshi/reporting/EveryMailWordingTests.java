package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.notification.internal.NoticeTexts;
import jp.hikeshi.notification.internal.TaskDueReminders;
import jp.hikeshi.reporting.internal.LegalReminders;
import jp.hikeshi.response.NewTask;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.VendorRequests;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17, e-mails: every kind of message Hikeshi sends — notifications of the plan,
 * legal reminders, vendor requests, the notices of the notification module, warnings — in
 * Japanese and in English, shows labels, never codes, machine times or 「日本語 / English」
 * pairs, and the English ones carry no Japanese but what the user typed.
 */
@WebTest
class EveryMailWordingTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	PrivacyDesk privacy;

	@Autowired
	NotificationPlan plan;

	@Autowired
	TaskDesk tasks;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	VendorRequests requests;

	@Autowired
	MailOutbox outbox;

	@Autowired
	LegalReminders legalReminders;

	@Autowired
	TaskDueReminders taskReminders;

	@Autowired
	NoticeTexts notices;

	@Autowired
	JdbcClient jdbc;

	final List<String> typed = new ArrayList<>();

	/**
	 * The identifiers this test made: a mail is this test's when its dedupe key names one
	 * (other tests mail the same managers).
	 */
	final List<String> ours = new ArrayList<>();

	@Test
	@DisplayName("REP-1 REP-3 RES-1 TRI-2 every e-mail Hikeshi sends, in Japanese and English, shows labels, never codes or machine times, and the English ones no Japanese but typed names")
	void everyMailShowsLabels() {
		TestUser ja = accounts.create("mail-ja", Role.HANDLER, Role.MANAGER);
		TestUser en = accounts.create("mail-en", Locale.ENGLISH, Role.HANDLER, Role.MANAGER);
		TestUser vendorAccount = accounts.create("mail-ven", Locale.ENGLISH, Role.VENDOR);
		typed.addAll(List.of(ja.actor().displayName(), en.actor().displayName(), vendorAccount.actor().displayName()));
		Set<String> addresses = new TreeSet<>(List.of(ja.username() + "@example.jp", en.username() + "@example.jp",
				vendorAccount.username() + "@example.jp"));
		String vendorAddress = "v" + UUID.randomUUID().toString().substring(0, 8) + "@vendor.example.jp";
		addresses.add(vendorAddress);
		String vendorName = "保守ベンダー " + vendorAddress.substring(0, 5);
		typed.addAll(List.of(vendorName, "担当"));
		UUID vendor = vendors
			.register(ja.actor(),
					new VendorInput(vendorName, "03-0000-0000", vendorAddress, null, null, null,
							List.of(new VendorInput.PersonInput("担当", null, null, vendorAccount.actor().id()))))
			.id();
		Instant now = Instant.now();
		for (TestUser commander : List.of(ja, en)) {
			TestUser other = commander == ja ? en : ja;
			UUID incident = incident(commander, other, now.minus(26, ChronoUnit.DAYS));
			UUID incidentLate = incident(commander, other, now.minus(10, ChronoUnit.DAYS));
			for (String lang : List.of("ja", "en")) {
				NotificationView n = plan.add(commander.actor(), incident,
						NotificationInput.to(RecipientKind.MANAGEMENT)
							.withChannel(Channel.EMAIL)
							.withRecipient("board-" + lang + "@example.jp")
							.inLanguage(lang)
							.withEvidence(List.of()));
				plan.send(commander.actor(), incident, n.id(), n.version());
				ours.add(n.id().toString());
				addresses.add("board-" + lang + "@example.jp");
			}
			task(commander, incidentLate, "ログを保全する", AssigneeKind.USER, other.actor().id(),
					now.plus(Duration.ofHours(3)));
			task(commander, incidentLate, "端末を隔離する", AssigneeKind.USER, other.actor().id(),
					now.minus(Duration.ofHours(2)));
			UUID request = task(commander, incident, "ファイアウォールのログを提出", AssigneeKind.VENDOR, vendor,
					commander == ja ? now.plus(Duration.ofDays(2)) : null);
			await().atMost(Duration.ofSeconds(60)).until(() -> count("request:" + request + ":%") >= 2);
			requests.answer(vendorAccount.actor(), request, "ログを添付します", null, List.of());
		}
		typed.addAll(List.of("ログを保全する", "端末を隔離する", "ファイアウォールのログを提出", "ログを添付します"));
		legalReminders.remind();
		taskReminders.remind();
		String warning = "WRN-" + UUID.randomUUID();
		ours.add(warning);
		outbox.sendWarning(ja.actor(),
				new MailOutbox.Warning(warning,
						List.of(new MailOutbox.Warning.Recipient(ja.username() + "@example.jp", Locale.JAPANESE),
								new MailOutbox.Warning.Recipient(en.username() + "@example.jp", Locale.ENGLISH)),
						"不審なメールに注意", "添付ファイルを開かないでください", "Beware of suspicious mail", "Do not open the attachment."));
		typed.addAll(List.of("不審なメールに注意", "添付ファイルを開かないでください"));

		await().atMost(Duration.ofSeconds(60))
			.until(() -> kinds(addresses).containsAll(Set.of("NOTIFICATION ja", "NOTIFICATION en", "REMINDER ja",
					"REMINDER en", "REQUEST ja", "REQUEST en", "WARNING ja", "WARNING en", "NOTICE ja", "NOTICE en")));
		await().atMost(Duration.ofSeconds(60)).until(() -> count("notice:%answered%") >= 2);
		List<String> found = new ArrayList<>();
		for (Map<String, Object> mail : mails(addresses)) {
			String text = mail.get("subject") + "\n" + mail.get("body");
			String where = mail.get("purpose") + " " + mail.get("dedupe_key") + " (" + mail.get("language") + "): ";
			WordingCheck.codes(text, typed).forEach(c -> found.add(where + c));
			if ("en".equals(mail.get("language"))) {
				WordingCheck.japanese(text, typed).forEach(j -> found.add(where + "Japanese " + j));
			}
		}
		assertThat(found.stream().distinct().toList()).isEmpty();
	}

	@Test
	@DisplayName("RES-1 REP-3 every kind of notice, in-app line, mail subject and body, in both languages, shows labels and human times")
	void everyNoticeKindShowsLabels() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("number", "RPT-2026-0001");
		params.put("summary", "受付 PC の画面に身代金の要求");
		params.put("incident", "INC-2026-0001 ファイルサーバーの暗号化");
		params.put("title", "ログを保全する");
		params.put("title.en", "Preserve the logs");
		params.put("by", "保守ベンダー");
		params.put("assignee", "佐藤 花子");
		params.put("due", "2026-12-02T15:00:00Z");
		typed.addAll(List.of("受付 PC の画面に身代金の要求", "ファイルサーバーの暗号化", "保守ベンダー", "佐藤 花子"));
		List<String> found = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			for (ObligationKind obligation : ObligationKind.values()) {
				params.put("obligationKey", "reporting.obligation." + obligation.name());
				for (Locale lang : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
					List<String> texts = new ArrayList<>(List.of(notices.text(kind, params, lang)));
					if (kind.mailed()) {
						texts.add(notices.subject(kind, params, lang) + "\n"
								+ notices.body(kind, params, "/tasks/1", lang));
					}
					for (String text : texts) {
						WordingCheck.codes(text, typed).forEach(c -> found.add(kind + " (" + lang + "): " + c));
						if (lang == Locale.ENGLISH) {
							WordingCheck.japanese(text, typed).forEach(j -> found.add(kind + " (en): Japanese " + j));
						}
					}
				}
			}
		}
		assertThat(found.stream().distinct().toList()).isEmpty();
	}

	private UUID incident(TestUser commander, TestUser handler, Instant aware) {
		String title = "患者情報の漏えい " + UUID.randomUUID().toString().substring(0, 4);
		typed.add(title);
		UUID id = incidents
			.open(commander.actor(),
					NewIncident.of(title, "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT")
						.withCommander(commander.actor().id())
						.withHandlers(List.of(handler.actor().id()))
						.withDetectedAt(aware)
						.withReceivedAt(aware)
						.withBecameAwareAt(aware),
					null)
			.id();
		ours.add(id.toString());
		privacy.assess(commander.actor(), id, new PrivacyFacts(true, true, false, false, false, null, 10, 20, false,
				false, Outsourcing.NONE, aware, null), null);
		return id;
	}

	private UUID task(TestUser lead, UUID incident, String title, AssigneeKind kind, UUID assignee, Instant due) {
		UUID id = tasks
			.create(lead.actor(), incident,
					NewTask.of(IncidentProcess.RESPONSE, title)
						.withRequirement("RES-1")
						.withAssigneeKind(kind)
						.withAssignee(assignee)
						.withDue(due)
						.withMandatory(false))
			.id();
		ours.add(id.toString());
		return id;
	}

	private long count(String dedupePattern) {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE ?")
			.param(dedupePattern)
			.query(Long.class)
			.single();
	}

	private Set<String> kinds(Set<String> addresses) {
		Set<String> kinds = new TreeSet<>();
		mails(addresses).forEach(m -> kinds.add(m.get("purpose") + " " + m.get("language")));
		return kinds;
	}

	private List<Map<String, Object>> mails(Set<String> addresses) {
		return jdbc.sql("SELECT purpose, dedupe_key, language, subject, body FROM mail_outbox WHERE recipient IN (:to)")
			.param("to", addresses)
			.query()
			.listOfRows()
			.stream()
			.map(m -> {
				Map<String, Object> lower = new LinkedHashMap<>();
				m.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
				return lower;
			})
			.filter(m -> ours.stream().anyMatch(id -> String.valueOf(m.get("dedupe_key")).contains(id)))
			.toList();
	}

}
