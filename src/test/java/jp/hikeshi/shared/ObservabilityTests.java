package jp.hikeshi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.mailintake.PollResult;
import jp.hikeshi.mailintake.internal.MailIntakeSettings;
import jp.hikeshi.mailintake.internal.MailboxPoller;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@DisplayName("Observability: Prometheus meters, health for operators, request ids in logs and problem documents")
class ObservabilityTests {

	private static final Pattern FILED = Pattern
		.compile("(?m)^hikeshi_reports_filed_total(?:\\{[^}]*\\})? ([0-9.E]+)$");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MailboxPoller poller;

	@Test
	@DisplayName("DET-3 filing a report counts in hikeshi_reports_filed_total, which only an administrator may scrape")
	void countsFiledReportsForThePrometheusScrape() throws Exception {
		TestUser admin = accounts.create("prom-admin", Role.ADMIN);
		TestUser handler = accounts.create("prom-handler", Role.HANDLER);
		double before = filed(admin);

		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"鈴木 一郎","reporterContact":"内線 123",
					 "occurrencePrecision":"UNKNOWN","detectionPlace":"受付","category":"MALWARE","channel":"PHONE",
					 "summary":"メーターの確認"}""")).andExpect(status().isCreated());

		assertThat(filed(admin)).isEqualTo(before + 1);
		String scrape = scrape(admin);
		assertThat(scrape).contains("hikeshi_triage_decided_total", "hikeshi_alerts_received_total",
				"hikeshi_mail_outbox_pending", "hikeshi_mail_outbox_failed_total", "hikeshi_reporting_reminders_total",
				"hikeshi_evidence_bytes_total");
		mvc.perform(get("/actuator/prometheus").with(PageAuth.as(handler))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
	}

	@Test
	@DisplayName("the health of the outbox, mail intake and evidence store is shown to administrators, only the status to others")
	void showsTheIndicatorsToAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/health").with(PageAuth.as(accounts.create("health-admin", Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.mailOutbox.status").value("UNKNOWN"))
			.andExpect(jsonPath("$.components.mailOutbox.details.sending").value(false))
			.andExpect(jsonPath("$.components.mailOutbox.details.pending").isNumber())
			.andExpect(jsonPath("$.components.mailIntake.status").value("UNKNOWN"))
			.andExpect(jsonPath("$.components.mailIntake.details.enabled").value(false))
			.andExpect(jsonPath("$.components.evidenceStore.status").value("UP"))
			.andExpect(jsonPath("$.components.evidenceStore.details.writable").value(true));
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(PageAuth.as(accounts.create("health-handler", Role.HANDLER))))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	@DisplayName("a request keeps the caller's X-Request-Id, gets one otherwise, and a problem document names it in instance")
	void carriesTheRequestIdIntoTheProblemDocument() throws Exception {
		TestUser handler = accounts.create("reqid-handler", Role.HANDLER);
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.header("X-Request-Id", "caller-id-0001")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Request-Id", "caller-id-0001"))
			.andExpect(jsonPath("$.instance").value("/api/v1/reports#caller-id-0001"));
		String made = mvc
			.perform(get("/api/v1/reports/{id}", java.util.UUID.randomUUID()).header("Authorization", handler.bearer())
				.header("X-Request-Id", "forged\nline"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		mvc.perform(get("/api/v1/reports").header("X-Request-Id", "no-token-0002"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("X-Request-Id", "no-token-0002"))
			.andExpect(jsonPath("$.instance", endsWith("#no-token-0002")));
		mvc.perform(get("/login")).andExpect(header().string("X-Request-Id", not(containsString(made))));
	}

	@Test
	@DisplayName("a poll of the report mailbox counts in hikeshi_mailintake_polls_total by its outcome, a refused connection as failed")
	void countsMailboxPollsByOutcome() throws Exception {
		TestUser admin = accounts.create("polls-admin", Role.ADMIN);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		MailIntakeSettings unreachable = new MailIntakeSettings(true, "127.0.0.1", closedPort, "imap",
				"polls-" + UUID.randomUUID(), "secret", "INBOX", null, Duration.ofMinutes(1), 50, 26_214_400L, "OTHER",
				OrganisationId.DEFAULT.value(), null, true, Duration.ofSeconds(2), Duration.ofMinutes(10),
				Duration.ofSeconds(30));

		assertThat(poller.poll(unreachable).result()).isEqualTo(PollResult.FAILED);

		assertThat(scrape(admin))
			.containsPattern("(?m)^hikeshi_mailintake_polls_total\\{[^}]*outcome=\"failed\"[^}]*\\} [1-9]");
	}

	private double filed(TestUser admin) throws Exception {
		Matcher m = FILED.matcher(scrape(admin));
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	private String scrape(TestUser admin) throws Exception {
		return mvc.perform(get("/actuator/prometheus").with(PageAuth.as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
