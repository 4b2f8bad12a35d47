package jp.hikeshi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
class AlertPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AlertIntake intake;

	@Autowired
	AlertQueue queue;

	TestUser desk;

	String source;

	@BeforeEach
	void setUp() {
		desk = accounts.create("desk", Role.HANDLER);
		source = "UTM-" + UUID.randomUUID().toString().substring(0, 8);
	}

	RequestPostProcessor as(TestUser u) {
		return user(userDetails.loadUserByUsername(u.username()));
	}

	UUID receive(String ref, String title) {
		return intake
			.receive(desk.actor(),
					List.of(new AlertSubmission(source, ref, title, Severity.HIGH,
							Instant.parse("2026-01-10T01:00:00Z"), List.of(), "{}")))
			.get(0)
			.alertId();
	}

	@Test
	@DisplayName("DET-2 the alert queue lists new alerts with lane counts, and htmx gets only the results")
	void showsTheQueueWithCountsAndServesTheHtmxPartial() throws Exception {
		receive("q-1", "ポートスキャンを検知");
		mvc.perform(get("/alerts").param("source", source).with(as(desk)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("アラートキュー"), containsString("ポートスキャンを検知"), containsString("<html"))));
		mvc.perform(get("/alerts").param("source", source)
			.param("lane", "DISMISSED")
			.header("HX-Request", "true")
			.with(as(desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), not(containsString("ポートスキャンを検知")),
					containsString("id=\"alert-results\""))));
	}

	@Test
	@DisplayName("DET-2 the desk dismisses checked alerts from the queue page and promotes another to a report")
	void dismissesAndPromotesFromThePage() throws Exception {
		UUID a = receive("b-1", "誤検知 1");
		UUID b = receive("b-2", "誤検知 2");
		UUID c = receive("b-3", "本物");
		mvc.perform(post("/alerts/dismiss").with(as(desk))
			.with(csrf())
			.param("alertIds", a.toString(), b.toString())
			.param("reason", "既知のスキャナー")).andExpect(redirectedUrl("/alerts"));
		mvc.perform(post("/alerts/promote").with(as(desk))
			.with(csrf())
			.param("alertIds", c.toString())
			.param("category", "INTRUSION")).andExpect(redirectedUrlPattern("/reports/*"));
		assertThat(queue.get(desk.actor(), a).state()).isEqualTo(AlertState.DISMISSED);
		assertThat(queue.get(desk.actor(), c).state()).isEqualTo(AlertState.PROMOTED);
		mvc.perform(get("/alerts/" + c).with(as(desk))).andExpect(content().string(containsString("通報化済み")));
	}

	@Test
	@DisplayName("DET-2 reporters cannot open the alert queue")
	void refusesReporters() throws Exception {
		TestUser reporter = accounts.create("reporter", Role.REPORTER);
		mvc.perform(get("/alerts").with(as(reporter))).andExpect(status().isForbidden());
	}

}
