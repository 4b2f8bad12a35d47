package jp.hikeshi.triage;

import static jp.hikeshi.PageAuth.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class TriagePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("page-triager", Role.HANDLER);
	}

	@Test
	@DisplayName("TRI-1 the report page offers triage, and the triage form shows the category's checks and the priority matrix")
	void showsTheTriageForm() throws Exception {
		String report = file("MALWARE");
		mvc.perform(get("/reports/" + report).with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reports/" + report + "/triage")));
		mvc.perform(get("/reports/" + report + "/triage").param("decision", "INCIDENT").with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("感染している機器はあるか"), containsString("感染はどこまで広がっているか"),
					containsString("被害の有無"), containsString("優先度マトリクス"), containsString("新しいインシデントとして起票する"))));
	}

	@Test
	@DisplayName("TRI-1 TRI-2 the posted form records the facts and opens a P1 incident, then shows it with its lanes")
	void decidesAnIncidentThroughTheForm() throws Exception {
		String report = file("MALWARE");
		String location = mvc
			.perform(post("/reports/" + report + "/triage").with(as(handler))
				.with(csrf())
				.param("version", "0")
				.param("damage", "YES")
				.param("ongoing", "YES")
				.param("impact", "全社のファイルサーバー")
				.param("consultations[0].organisation", "株式会社保守")
				.param("consultations[0].response", "感染を確認")
				.param("consultations[0].consultedAt", "2026-11-20T10:00")
				.param("checks[0].code", "INFECTED")
				.param("checks[0].answer", "3 台")
				.param("decision", "INCIDENT")
				.param("reason", "感染拡大中")
				.param("incidentId", "")
				.param("urgency", "CRITICAL")
				.param("severity", "EXTENSIVE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/incidents/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("P1"), containsString("検知・連絡受付"),
					containsString("インシデントレスポンス"), containsString("報告・情報公開"), containsString("対応履歴"),
					containsString("事象の経緯"), containsString("感染拡大中"))));
		String triage = mvc
			.perform(get("/api/v1/reports/" + report + "/triage").header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions
			.assertThat((String) JsonPath.read(triage, "$.facts.consultations[0].consultedAt"))
			.isEqualTo("2026-11-20T01:00:00Z");
		org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(triage, "$.facts.checks[0].answer"))
			.isEqualTo("3 台");
	}

	@Test
	@DisplayName("TRI-2 a decision without a reason is shown again with the fault, in the user's language")
	void showsFaultsBesideTheForm() throws Exception {
		String report = file("PHISHING");
		mvc.perform(
				post("/reports/" + report + "/triage").with(as(handler)).with(csrf()).param("decision", "NOT_INCIDENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("判断の理由を入力してください")));
		mvc.perform(post("/reports/" + report + "/triage").with(as(handler))
			.with(csrf())
			.param("decision", "DUPLICATE")
			.param("reason", "r")
			.param("duplicateOfNumber", "R-1999-9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("R-1999-9999")));
	}

	@Test
	@DisplayName("TRI-2 the form refuses posts without a CSRF token, and reporters may not triage")
	void protectsTheForm() throws Exception {
		String report = file("OTHER");
		mvc.perform(post("/reports/" + report + "/triage").with(as(handler))
			.param("decision", "NOT_INCIDENT")
			.param("reason", "r")).andExpect(status().isForbidden());
		TestUser reporter = accounts.create("page-reporter", Role.REPORTER);
		mvc.perform(get("/reports/" + report + "/triage").with(as(reporter))).andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + report + "/triage").with(as(reporter))
			.with(csrf())
			.param("decision", "NOT_INCIDENT")
			.param("reason", "r")).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("TRI-2 the priority preview answers the matrix cell for htmx")
	void previewsThePriority() throws Exception {
		mvc.perform(get("/incidents/priority-preview").param("urgency", "HIGH")
			.param("severity", "SIGNIFICANT")
			.header("HX-Request", "true")
			.with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("P2"), not(containsString("<html")))));
		mvc.perform(get("/incidents/priority-preview").param("urgency", "HIGH")
			.param("severity", "LEVEL_3")
			.with(as(handler))).andExpect(content().string(matchesPattern("(?s).*>\\s*P1\\s*<.*")));
	}

	private String file(String category) throws Exception {
		String body = mvc
			.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
						 "category":"%s","channel":"PHONE","summary":"画面からのトリアージ"}""".formatted(category)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}
