package jp.hikeshi.reporting;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
class ReportingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	UserDetailsService userDetails;

	@Test
	@DisplayName("REP-3 a handler fills the assessment for a leak on the page, sees the deadlines, and finds them on the board")
	void assessesALeakOnThePageAndSeesTheDeadlines() throws Exception {
		TestUser handler = accounts.create("rep-page", Role.HANDLER);
		RequestPostProcessor me = user(userDetails.loadUserByUsername(handler.username()));
		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("会員情報の漏えい（ページ）", "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
		mvc.perform(get("/incidents/{id}/reporting", incident).with(me))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("個人情報保護法上の評価"), containsString("通知計画"), containsString("組織内責任者"))));
		mvc.perform(post("/incidents/{id}/reporting/assessment", incident).with(me)
			.with(csrf())
			.param("personalInformation", "true")
			.param("sensitive", "true")
			.param("personsExact", "12")
			.param("outsourcing", "NONE")
			.param("becameAwareAt", "1999-04-01T10:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/incidents/" + incident + "/reporting"));
		mvc.perform(get("/incidents/{id}/reporting", incident).with(me))
			.andExpect(content().string(allOf(containsString("個人情報保護委員会への報告と本人への通知が必要"), containsString("要配慮個人情報が含まれる"),
					containsString("1999年4月6日（火）まで"), containsString("1999年5月1日（土）まで"),
					containsString("ppc-preliminary"))));
		mvc.perform(get("/deadlines").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会員情報の漏えい（ページ）")));
	}

	@Test
	@DisplayName("REP-3 a missing time of becoming aware is shown next to the field and nothing is saved")
	void showsTheMissingTimeOfBecomingAware() throws Exception {
		TestUser handler = accounts.create("rep-page", Role.HANDLER);
		RequestPostProcessor me = user(userDetails.loadUserByUsername(handler.username()));
		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("漏えい", "INFO_LEAK", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
		mvc.perform(post("/incidents/{id}/reporting/assessment", incident).with(me)
			.with(csrf())
			.param("personalInformation", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("把握した日時（知った時）を入力してください")));
	}

	@Test
	@DisplayName("REP-1 REP-5 a ransomware incident shows the no-payment rule; a drafted management report is edited and marked sent")
	void draftsEditsAndSendsANotificationOnThePages() throws Exception {
		TestUser handler = accounts.create("rep-page", Role.HANDLER);
		RequestPostProcessor me = user(userDetails.loadUserByUsername(handler.username()));
		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("ランサムウェア（ページ）", "RANSOMWARE", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
		mvc.perform(get("/incidents/{id}/reporting", incident).with(me))
			.andExpect(content().string(containsString("身代金の支払いや攻撃者との交渉は実施しない")));
		mvc.perform(
				post("/incidents/{id}/reporting/ransom-decision", incident).with(me).with(csrf()).param("note", "確認"))
			.andExpect(status().is3xxRedirection());
		String location = mvc
			.perform(post("/incidents/{id}/notifications", incident).with(me)
				.with(csrf())
				.param("recipientKind", "RESPONSIBLE_PERSON")
				.param("language", "ja"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(me))
			.andExpect(content().string(allOf(containsString("インシデント報告書"), containsString("身代金の支払いや攻撃者との交渉は実施しない"))));
		mvc.perform(post(location).with(me)
			.with(csrf())
			.param("version", "0")
			.param("recipientKind", "RESPONSIBLE_PERSON")
			.param("channel", "IN_PERSON")
			.param("language", "ja")
			.param("subject", "第一報")
			.param("content", "口頭で報告した内容")
			.param("action", "send")).andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(me))
			.andExpect(content().string(allOf(containsString("送付した内容（変更できません）"), containsString("口頭で報告した内容"))));
		mvc.perform(get("/outbox").with(me)).andExpect(status().isOk());
	}

}
