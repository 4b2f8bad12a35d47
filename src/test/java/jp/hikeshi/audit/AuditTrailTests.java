package jp.hikeshi.audit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void recordsWhoFiledWhichReportAndShowsItToManagers() throws Exception {
		TestUser handler = accounts.create("aud", Role.HANDLER);
		TestUser manager = accounts.create("mgr", Role.MANAGER);
		String id = JsonPath.read(mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
						 "category":"OTHER","channel":"OTHER","summary":"監査対象"}"""))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc
				.perform(get("/api/v1/audit").param("objectType", "REPORT")
					.param("objectId", id)
					.header("Authorization", manager.bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].actor").value(handler.username()))
				.andExpect(jsonPath("$.items[0].action").value("REPORT_FILED"))
				.andExpect(jsonPath("$.items[0].occurredAt").exists()));
	}

	@Test
	void recordsFailedSignInsAndAccountChanges() throws Exception {
		TestUser admin = accounts.create("aud-admin", Role.ADMIN);
		TestUser target = accounts.create("aud-target", Role.REPORTER);
		mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(target.username()).password("wrong"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc
				.perform(get("/api/v1/audit").param("objectType", "USER")
					.param("objectId", target.username())
					.header("Authorization", admin.bearer()))
				.andExpect(jsonPath("$.items[*].action", hasItem("LOGIN_FAILED")))
				.andExpect(jsonPath("$.items[*].action", hasItem("USER_CREATED"))));
	}

	@Test
	void keepsTheTrailFromReportersAndVendors() throws Exception {
		TestUser reporter = accounts.create("aud-rep", Role.REPORTER);
		TestUser vendor = accounts.create("aud-ven", Role.VENDOR);
		mvc.perform(get("/api/v1/audit").header("Authorization", reporter.bearer())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").header("Authorization", vendor.bearer())).andExpect(status().isForbidden());
	}

}
