package jp.hikeshi.mailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.evidence.ObservableType;
import jp.hikeshi.evidence.Observables;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.ReportRef;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.mailintake.internal.MailIntakeSettings;
import jp.hikeshi.mailintake.internal.MailTaking;
import jp.hikeshi.mailintake.internal.MailboxPoller;
import jp.hikeshi.mailintake.internal.MailboxRecords;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Reports by e-mail against GreenMail's IMAP server (DET-2, DET-4): each test has a
 * mailbox of its own, polled with settings pointing at it; the application's own intake
 * stays off, as it is by default.
 */
@WebTest
class MailIntakeTests {

	static GreenMail greenMail;

	@Autowired
	MailboxPoller poller;

	@Autowired
	MailboxRecords records;

	@Autowired
	ReportDesk reports;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	Observables observables;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApplicationContext context;

	TestUser handler;

	String login;

	@BeforeAll
	static void startServer() {
		ServerSetup imap = ServerSetupTest.IMAP.dynamicPort();
		ServerSetup imaps = ServerSetupTest.IMAPS.dynamicPort();
		// a busy machine needs more than the default two seconds to start a TLS server
		imap.setServerStartupTimeout(30_000);
		imaps.setServerStartupTimeout(30_000);
		greenMail = new GreenMail(new ServerSetup[] { imap, imaps });
		greenMail.start();
	}

	@AfterAll
	static void stopServer() {
		greenMail.stop();
	}

	@BeforeEach
	void mailbox() {
		login = "intake-" + UUID.randomUUID().toString().substring(0, 8);
		greenMail.setUser(login + "@hikeshi.test", login, "secret");
		handler = accounts.create("mailh", Role.HANDLER);
	}

	MailIntakeSettings settings(String processedFolder) {
		return new MailIntakeSettings(true, "127.0.0.1", greenMail.getImap().getPort(), "imap", login, "secret",
				"INBOX", processedFolder, Duration.ofMinutes(1), 50, 26_214_400L, "OTHER",
				UUID.fromString("00000000-0000-0000-0000-000000000001"), null, true, Duration.ofSeconds(10),
				Duration.ofMinutes(10), Duration.ofSeconds(30));
	}

	MailIntakeSettings settings() {
		return settings(null);
	}

	// ---- the mailbox, as a mail client sees it

	Session session() {
		return Session.getInstance(new Properties());
	}

	/**
	 * A message appended without an IMAP date, so that GreenMail stamps its arrival
	 * itself: Jakarta Mail would send the Date header's time, and GreenMail 2.1 reads an
	 * APPEND date with a 12-hour pattern ({@code hh}), which turns 12:xx into 00:xx — the
	 * mail then "arrived" before it was sent, during one hour of every day.
	 */
	static class Undated extends MimeMessage {

		Undated(Session session) {
			super(session);
		}

		Undated(Session session, java.io.InputStream in) throws MessagingException {
			super(session, in);
		}

		@Override
		public Date getReceivedDate() {
			return null;
		}

		@Override
		public Date getSentDate() {
			return null;
		}

	}

	void deliver(MimeMessage message) throws MessagingException {
		message.saveChanges();
		withFolder("INBOX", folder -> folder.appendMessages(new Message[] { message }));
	}

	void deliverRaw(String raw) throws MessagingException {
		deliver(new Undated(session(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
			@Override
			public void saveChanges() {
				// kept exactly as written, malformed parts included
			}
		});
	}

	interface FolderWork {

		void run(Folder folder) throws MessagingException;

	}

	void withFolder(String name, FolderWork work) throws MessagingException {
		try (Store store = session().getStore("imap")) {
			store.connect("127.0.0.1", greenMail.getImap().getPort(), login, "secret");
			Folder folder = store.getFolder(name);
			if (!folder.exists()) {
				folder.create(Folder.HOLDS_MESSAGES);
			}
			folder.open(Folder.READ_WRITE);
			try {
				work.run(folder);
			}
			finally {
				folder.close(false);
			}
		}
	}

	int count(String folderName, boolean seen) throws MessagingException {
		int[] n = new int[1];
		withFolder(folderName, folder -> {
			for (Message m : folder.getMessages()) {
				if (m.isSet(Flags.Flag.SEEN) == seen && !m.isSet(Flags.Flag.DELETED)) {
					n[0]++;
				}
			}
		});
		return n[0];
	}

	MimeMessage plainMail(String subject, String body) throws MessagingException {
		MimeMessage m = new Undated(session());
		try {
			m.setFrom(new InternetAddress("taro.yamada@example.jp", "山田 太郎", "UTF-8"));
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
		m.setRecipients(Message.RecipientType.TO, login + "@hikeshi.test");
		m.setSubject(subject, "UTF-8");
		m.setSentDate(Date.from(Instant.now().minusSeconds(600)));
		m.setText(body, "UTF-8");
		return m;
	}

	List<UUID> reportsOf(MailIntakeSettings s) {
		return jdbc.sql("SELECT report_id FROM mail_intake_message WHERE mailbox = ?")
			.param(s.mailbox())
			.query(UUID.class)
			.list();
	}

	// ---- the tests

	@Test
	@DisplayName("DET-2 DET-4 a plain mail becomes one report (EMAIL, reporter from From, subject, body, system receiver) with the inert original attached and its indicators extracted")
	void plainMailBecomesReportWithInertOriginal() throws Exception {
		String subject = "不審なメールを開いてしまいました " + UUID.randomUUID();
		deliver(plainMail(subject, "経理部の佐藤です。http://evil-" + login + ".example.com/login のリンクを押しました。"));

		PollOutcome outcome = poller.poll(settings());

		assertThat(outcome.result()).isEqualTo(PollResult.OK);
		assertThat(outcome.filed()).isEqualTo(1);
		List<UUID> filed = reportsOf(settings());
		assertThat(filed).hasSize(1);
		ReportView report = reports.get(handler.actor(), filed.get(0));
		assertThat(report.channel()).isEqualTo(Channel.EMAIL);
		assertThat(report.summary()).isEqualTo(subject);
		assertThat(report.reporterName()).isEqualTo("山田 太郎");
		assertThat(report.reporterContact()).isEqualTo("taro.yamada@example.jp");
		assertThat(report.description()).contains("経理部の佐藤です。");
		assertThat(report.category()).isEqualTo("OTHER");
		assertThat(report.receivedById()).isEqualTo(MailTaking.SYSTEM_ACTOR);
		assertThat(report.needsReview()).isFalse();
		// the Date header (ten minutes ago) is the detection time; receipt is the
		// server's arrival time
		assertThat(report.detectedAt()).isBetween(Instant.now().minusSeconds(660), Instant.now().minusSeconds(590))
			.isBeforeOrEqualTo(report.receivedAt());

		List<EvidenceView> evidence = locker.forReport(handler.actor(), report.id());
		assertThat(evidence).hasSize(1);
		EvidenceView original = locker.get(handler.actor(), evidence.get(0).id());
		assertThat(original.kind()).isEqualTo(EvidenceKind.MAIL);
		assertThat(original.reportId()).isEqualTo(report.id());
		assertThat(original.incidentId()).isNull();
		assertThat(original.fileStored()).isTrue();
		assertThat(original.mediaType()).isEqualTo("message/rfc822");
		assertThat(original.mail().subject()).isEqualTo(subject);
		assertThat(original.mail().from()).contains("taro.yamada@example.jp");
		List<String> found = jdbc.sql("""
				SELECT o.indicator FROM evidence_observable eo JOIN observable o ON o.id = eo.observable_id
				WHERE eo.evidence_id = ?""").param(original.id()).query(String.class).list();
		assertThat(found).contains("evil-" + login + ".example.com", "taro.yamada@example.jp");

		assertThat(count("INBOX", true)).isEqualTo(1);
		assertThat(count("INBOX", false)).isZero();

		// the report page links to the report's evidence, and the evidence page lists the
		// original
		mvc.perform(get("/reports/{id}", report.id()).with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reports/" + report.id() + "/evidence")));
		mvc.perform(get("/reports/{id}/evidence", report.id())
			.with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(original.number())));
		mvc.perform(get("/api/v1/reports/{id}/evidence", report.id()).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reportId").value(report.id().toString()))
			.andExpect(jsonPath("$[0].kind").value("MAIL"));
	}

	@Test
	@DisplayName("DET-2 DET-4 an HTML-only mail gives the text of the HTML as description; script, tracking image and markup are never rendered")
	void htmlOnlyMailIsReadAsText() throws Exception {
		MimeMessage m = plainMail("HTML only " + UUID.randomUUID(), "x");
		m.setContent(
				"<html><head><style>p{color:red}</style></head><body><p>請求書を&nbsp;ご確認ください &amp; お支払いを</p>"
						+ "<script>alert('x')</script><img src=\"http://tracker-" + login + ".example.net/p.gif\"><br>"
						+ "<a href=\"http://pay-" + login + ".example.org/\">こちら</a></body></html>",
				"text/html; charset=UTF-8");
		deliver(m);

		poller.poll(settings());

		ReportView report = reports.get(handler.actor(), reportsOf(settings()).get(0));
		assertThat(report.description()).contains("請求書を ご確認ください & お支払いを")
			.contains("こちら")
			.doesNotContain("<")
			.doesNotContain("alert")
			.doesNotContain("color:red");
		EvidenceView original = locker.get(handler.actor(), locker.forReport(handler.actor(), report.id()).get(0).id());
		assertThat(original.mail().htmlSource()).contains("<script>");
		mvc.perform(get("/reports/{id}", report.id()).with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=\"http://tracker-"))));
		mvc.perform(get("/evidence/{id}", original.id()).with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	@DisplayName("DET-2 Japanese subjects and sender names encoded as ISO-2022-JP or UTF-8 (RFC 2047) are decoded")
	void japaneseEncodedSubjectsAreDecoded() throws Exception {
		String jis = "【至急】ウイルス感染の疑い " + login;
		MimeMessage iso = new Undated(session());
		iso.setFrom(new InternetAddress("soumu@example.jp", "総務課 鈴木", "ISO-2022-JP"));
		iso.setSubject(jis, "ISO-2022-JP");
		iso.setText("パソコンの動作が遅くなりました。", "ISO-2022-JP");
		deliver(iso);
		String utf8 = "不正アクセスの報告 " + login;
		deliver(plainMail(utf8, "本文"));
		withFolder("INBOX",
				folder -> assertThat(folder.getMessages()[0].getHeader("Subject")[0]).startsWith("=?ISO-2022-JP?"));

		poller.poll(settings());

		List<ReportView> filed = reportsOf(settings()).stream().map(id -> reports.get(handler.actor(), id)).toList();
		assertThat(filed).extracting(ReportView::summary).containsExactlyInAnyOrder(jis, utf8);
		ReportView fromJis = filed.stream().filter(r -> r.summary().equals(jis)).findFirst().orElseThrow();
		assertThat(fromJis.reporterName()).isEqualTo("総務課 鈴木");
		assertThat(fromJis.description()).contains("パソコンの動作が遅くなりました。");
	}

	@Test
	@DisplayName("DET-2 polling twice files no duplicate; a taken message is moved to the processed folder when one is configured")
	void pollingTwiceCreatesNoDuplicate() throws Exception {
		deliver(plainMail("一度だけ " + login, "本文"));
		MailIntakeSettings moving = settings("Hikeshi/Processed");

		PollOutcome first = poller.poll(moving);
		PollOutcome second = poller.poll(moving);

		assertThat(first.filed()).isEqualTo(1);
		assertThat(second.seen()).isZero();
		assertThat(second.filed()).isZero();
		assertThat(reportsOf(moving)).hasSize(1);
		assertThat(count("INBOX", false) + count("INBOX", true)).isZero();
		assertThat(count("Hikeshi/Processed", false) + count("Hikeshi/Processed", true)).isEqualTo(1);
	}

	@Test
	@DisplayName("DET-2 crash safety: a failure between commit and marking loses nothing and doubles nothing; the next poll only marks the message")
	void failureBetweenCommitAndMarkIsSafe() throws Exception {
		deliver(plainMail("マーク前に停止 " + login, "本文"));
		MailboxPoller.Hooks refusingMark = new MailboxPoller.Hooks() {
			@Override
			public void mark(Folder folder, Message message, MailIntakeSettings settings) throws MessagingException {
				throw new MessagingException("simulated crash after commit, before marking");
			}
		};

		PollOutcome crashed = poller.poll(settings(), refusingMark);

		assertThat(crashed.result()).isEqualTo(PollResult.PARTIAL);
		assertThat(crashed.filed()).isEqualTo(1);
		assertThat(crashed.failed()).isEqualTo(1);
		assertThat(reportsOf(settings())).hasSize(1);
		assertThat(count("INBOX", false)).as("still unread: the mark never happened").isEqualTo(1);

		PollOutcome next = poller.poll(settings());

		assertThat(next.result()).isEqualTo(PollResult.OK);
		assertThat(next.alreadyTaken()).isEqualTo(1);
		assertThat(next.filed()).isZero();
		assertThat(reportsOf(settings())).as("no duplicate").hasSize(1);
		assertThat(count("INBOX", true)).isEqualTo(1);
		assertThat(count("INBOX", false)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_intake_message WHERE mailbox = ? AND marked_at IS NOT NULL")
			.param(settings().mailbox())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("DET-2 crash safety: a failure before commit stores nothing and leaves the message unread; the next poll files it")
	void failureBeforeCommitIsRetried() throws Exception {
		String subject = "コミット前に失敗 " + UUID.randomUUID();
		deliver(plainMail(subject, "本文"));
		MailboxPoller.Hooks failing = new MailboxPoller.Hooks() {
			@Override
			public void beforeCommit(MailTaking.Taken taken) {
				throw new IllegalStateException("simulated failure before commit");
			}
		};

		PollOutcome failed = poller.poll(settings(), failing);

		assertThat(failed.result()).isEqualTo(PollResult.PARTIAL);
		assertThat(failed.failed()).isEqualTo(1);
		assertThat(reportsOf(settings())).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report WHERE summary = ?").param(subject).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE title LIKE ?")
			.param("%" + subject)
			.query(Long.class)
			.single()).isZero();
		assertThat(count("INBOX", false)).isEqualTo(1);

		PollOutcome retried = poller.poll(settings());

		assertThat(retried.filed()).isEqualTo(1);
		assertThat(reportsOf(settings())).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report WHERE summary = ?").param(subject).query(Long.class).single())
			.isEqualTo(1);
		assertThat(count("INBOX", true)).isEqualTo(1);
	}

	@Test
	@DisplayName("DET-2 DET-4 a malformed message becomes a report flagged for review, with the raw file kept as evidence; the flag shows in the API, the list filter and the page")
	void malformedMessageIsFlaggedForReview() throws Exception {
		String raw = "From: broken@example.jp\r\nTo: " + login + "@hikeshi.test\r\nSubject: broken " + login + "\r\n"
				+ "Message-ID: <" + UUID.randomUUID() + "@example.jp>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"never-there\"\r\n\r\n"
				+ "This body has no boundary line at all.\r\n";
		deliverRaw(raw);

		PollOutcome outcome = poller.poll(settings());

		assertThat(outcome.filed()).isEqualTo(1);
		assertThat(outcome.needingReview()).isEqualTo(1);
		UUID id = reportsOf(settings()).get(0);
		ReportView report = reports.get(handler.actor(), id);
		assertThat(report.needsReview()).isTrue();
		assertThat(report.summary()).isEqualTo("broken " + login);
		assertThat(report.description()).contains("Missing start boundary");
		List<EvidenceView> kept = locker.forReport(handler.actor(), id);
		assertThat(kept).hasSize(1);
		assertThat(kept.get(0).fileStored()).isTrue();
		assertThat(kept.get(0).sizeBytes()).isGreaterThan(100L);
		assertThat(count("INBOX", true)).isEqualTo(1);

		mvc.perform(get("/api/v1/reports/{id}", id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.needsReview").value(true));
		mvc.perform(get("/api/v1/reports").param("needsReview", "true")
			.param("q", "broken " + login)
			.header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[0].id").value(id.toString()))
			.andExpect(jsonPath("$.items[0].needsReview").value(true));
		mvc.perform(get("/reports").param("needsReview", "true")
			.with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("broken " + login)));
		mvc.perform(get("/reports/{id}", id).with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(content().string(containsString("report-needs-review")));

		mvc.perform(post("/api/v1/reports/{id}/reviewed", id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.needsReview").value(false));
	}

	@Test
	@DisplayName("DET-2 mail intake is off by default: no schedule, a poll does nothing, the status shows the settings without any password")
	void disabledByDefault() throws Exception {
		assertThat(context.getBeanNamesForType(MailboxPoller.class)).hasSize(1);
		assertThat(context.containsBean("mailIntakeSchedule")).isFalse();
		assertThat(context.getBean(MailIntakeSettings.class).enabled()).isFalse();
		TestUser admin = accounts.create("mailadm", Role.ADMIN);

		mvc.perform(post("/api/v1/mail-intake/poll").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("DISABLED"))
			.andExpect(jsonPath("$.filed").value(0));
		mvc.perform(get("/api/v1/mail-intake/status").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.folder").value("INBOX"))
			.andExpect(jsonPath("$.password").doesNotExist());
		mvc.perform(get("/api/v1/mail-intake/status").header("Authorization", handler.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/mail-intake/poll").header("Authorization", handler.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/mail-intake").with(user(userDetails.loadUserByUsername(admin.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("メールによる通報の受付")))
			.andExpect(content().string(containsString("poll-now")));
		mvc.perform(get("/admin/mail-intake").header("Accept-Language", "en")
			.with(user(userDetails
				.loadUserByUsername(accounts.create("mailadmen", java.util.Locale.ENGLISH, Role.ADMIN).username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reports by e-mail")));
	}

	@Test
	@DisplayName("DET-2 the poll lock: while another instance holds the mailbox nothing is read; after its lease runs out the poll proceeds")
	void pollLockKeepsInstancesApart() throws Exception {
		deliver(plainMail("ロック " + login, "本文"));
		Instant now = Instant.now();
		assertThat(records.lock(settings().mailbox(), "other-instance", now, now.plusSeconds(600))).isTrue();

		PollOutcome locked = poller.poll(settings());

		assertThat(locked.result()).isEqualTo(PollResult.LOCKED);
		assertThat(reportsOf(settings())).isEmpty();
		assertThat(count("INBOX", false)).isEqualTo(1);
		assertThat(records.lock(settings().mailbox(), "third-instance", now, now.plusSeconds(600))).isFalse();

		// the other instance died; its lease runs out
		jdbc.sql("UPDATE mail_intake_mailbox SET lease_until = ? WHERE mailbox = ?")
			.params(now.minusSeconds(1).atOffset(java.time.ZoneOffset.UTC), settings().mailbox())
			.update();
		PollOutcome after = poller.poll(settings());

		assertThat(after.result()).isEqualTo(PollResult.OK);
		assertThat(after.filed()).isEqualTo(1);
		assertThat(records.last(settings().mailbox())).get().extracting(PollOutcome::result).isEqualTo(PollResult.OK);
	}

	@Test
	@DisplayName("DET-2 the poll lock: of two polls running at once (schedule and \"poll now\"), one files the message and the other stands back")
	void concurrentPollsDoNotOverlap() throws Exception {
		deliver(plainMail("同時 " + login, "本文"));
		java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		MailboxPoller.Hooks slow = new MailboxPoller.Hooks() {
			@Override
			public void beforeCommit(MailTaking.Taken taken) {
				inside.countDown();
				try {
					release.await(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			var first = executor.submit(() -> poller.poll(settings(), slow));
			assertThat(inside.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

			PollOutcome second = poller.poll(settings());
			release.countDown();

			assertThat(second.result()).isEqualTo(PollResult.LOCKED);
			assertThat(first.get(60, java.util.concurrent.TimeUnit.SECONDS).filed()).isEqualTo(1);
			assertThat(reportsOf(settings())).hasSize(1);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	@DisplayName("DET-2 DET-4 a report's evidence and its indicators show on the incident once triage links the report")
	void reportEvidenceFollowsTheReportIntoTheIncident() throws Exception {
		deliver(plainMail("インシデントへ " + login, "怪しいサイト http://phish-" + login + ".example.com/ を見ました"));
		poller.poll(settings());
		ReportView report = reports.get(handler.actor(), reportsOf(settings()).get(0));
		UUID item = locker.forReport(handler.actor(), report.id()).get(0).id();

		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("メール通報から", "OTHER", Urgency.HIGH, "MODERATE"),
					new ReportRef(report.id(), report.number()))
			.id();

		assertThat(locker.forIncident(handler.actor(), incident)).extracting(EvidenceView::id).contains(item);
		assertThat(observables.forIncident(handler.actor(), incident)).anySatisfy(o -> {
			assertThat(o.type()).isEqualTo(ObservableType.DOMAIN);
			assertThat(o.value()).isEqualTo("phish-" + login + ".example.com");
		});
		mvc.perform(get("/incidents/{id}/evidence", incident)
			.with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(locker.get(handler.actor(), item).number())));

		// attaching a second mailed report to the same incident brings its original too
		deliver(plainMail("追加の通報 " + login, "本文"));
		poller.poll(settings());
		UUID second = reportsOf(settings()).stream().filter(id -> !id.equals(report.id())).findFirst().orElseThrow();
		ReportView secondReport = reports.get(handler.actor(), second);
		incidents.attach(handler.actor(), incident, new ReportRef(second, secondReport.number()), "同じ件");
		assertThat(locker.forIncident(handler.actor(), incident)).hasSize(2);
	}

	@Test
	@DisplayName("DET-2 IMAPS with the TLS trust setting: a test server's certificate is trusted only when named in ssl-trust")
	void imapsWithTrustSettings() throws Exception {
		deliver(plainMail("TLS " + login, "本文"));
		MailIntakeSettings plain = settings();
		MailIntakeSettings untrusted = new MailIntakeSettings(true, "127.0.0.1", greenMail.getImaps().getPort(),
				"imaps", login, "secret", "INBOX", null, Duration.ofMinutes(1), 50, 26_214_400L, "OTHER",
				plain.organisation(), null, false, Duration.ofSeconds(10), Duration.ofMinutes(10),
				Duration.ofSeconds(30));
		MailIntakeSettings trusted = new MailIntakeSettings(true, "127.0.0.1", greenMail.getImaps().getPort(), "imaps",
				login, "secret", "INBOX", null, Duration.ofMinutes(1), 50, 26_214_400L, "OTHER", plain.organisation(),
				"127.0.0.1", false, Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofSeconds(30));

		PollOutcome refused = poller.poll(untrusted);
		PollOutcome accepted = poller.poll(trusted);

		assertThat(refused.result()).isEqualTo(PollResult.FAILED);
		assertThat(refused.error()).isNotBlank();
		assertThat(accepted.result()).isEqualTo(PollResult.OK);
		assertThat(accepted.filed()).isEqualTo(1);
	}

}
