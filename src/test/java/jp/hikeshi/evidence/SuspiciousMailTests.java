package jp.hikeshi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;

@WebTest
class SuspiciousMailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	UserDetailsService userDetails;

	HttpServer tracker;

	final AtomicInteger trackerHits = new AtomicInteger();

	@BeforeEach
	void startTracker() throws Exception {
		tracker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		tracker.createContext("/", exchange -> {
			trackerHits.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		tracker.start();
	}

	@AfterEach
	void stopTracker() {
		tracker.stop(0);
	}

	@Test
	@DisplayName("DET-4 a crafted mail is kept inert: text only, HTML as escaped source, attachment hashed, nothing fetched")
	void keepsASuspiciousMailInert() throws Exception {
		TestUser handler = accounts.create("mail", Role.HANDLER);
		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("標的型メール", "TARGETED_EMAIL", Urgency.HIGH, "MODERATE"), null)
			.id();
		String eml;
		try (InputStream in = getClass().getResourceAsStream("/evidence/suspicious.eml")) {
			eml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TRACKER_PORT",
					String.valueOf(tracker.getAddress().getPort()));
		}
		String body = mvc
			.perform(multipart("/api/v1/incidents/" + incident + "/evidence")
				.file(new MockMultipartFile("file", "請求書.eml", "message/rfc822", eml.getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("metadata", "", "application/json",
						"{\"kind\":\"MAIL\",\"title\":\"経理部に届いた請求書メール\"}".getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", handler.bearer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mail.subject").value("【至急】請求書の送付"))
			.andExpect(jsonPath("$.mail.from").value(containsString("yamada@clinic-examp1e.jp")))
			.andExpect(jsonPath("$.mail.replyTo").value("payment@evil-example.net"))
			.andExpect(jsonPath("$.mail.returnPath").value("<bounce@mailer.evil-example.net>"))
			.andExpect(jsonPath("$.mail.messageId").value("<20261116091158.1234@mailer.evil-example.net>"))
			.andExpect(jsonPath("$.mail.authenticationResults").value(containsString("spf=fail")))
			.andExpect(jsonPath("$.mail.receivedChain").value(containsString("203.0.113.45")))
			.andExpect(jsonPath("$.mail.textBody").value(containsString("請求書を送付します")))
			.andExpect(jsonPath("$.mail.htmlSource").value(containsString("<script>")))
			.andExpect(jsonPath("$.mail.attachments[0].fileName").value("invoice.zip"))
			.andExpect(jsonPath("$.mail.attachments[0].mediaType").value("application/zip"))
			.andExpect(jsonPath("$.mail.attachments[0].sha256")
				.value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String attachmentSha = JsonPath.read(body, "$.mail.attachments[0].sha256");

		mvc.perform(get("/api/v1/incidents/" + incident + "/observables").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.type == 'URL')].value", hasItem("https://invoice.evil-example.net/login?id=42")))
			.andExpect(jsonPath("$[?(@.type == 'DOMAIN')].value", hasItem("evil-example.net")))
			.andExpect(jsonPath("$[?(@.type == 'DOMAIN')].value", hasItem("clinic-examp1e.jp")))
			.andExpect(jsonPath("$[?(@.type == 'EMAIL')].value", hasItem("payment@evil-example.net")))
			.andExpect(jsonPath("$[?(@.type == 'IP')].value", hasItem("203.0.113.45")))
			.andExpect(jsonPath("$[?(@.type == 'SHA256')].value", hasItem(attachmentSha)))
			.andExpect(jsonPath("$[?(@.type == 'FILENAME')].value", hasItem("invoice.zip")));

		mvc.perform(get("/evidence/" + id).with(user(userDetails.loadUserByUsername(handler.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;"), containsString("&lt;img src="),
					not(containsString("<img src=\"http://127.0.0.1")), not(containsString("<script>document")),
					containsString("invoice.zip"), containsString(attachmentSha))));
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(trackerHits).as("no remote content may be fetched").hasValue(0));
	}

}
