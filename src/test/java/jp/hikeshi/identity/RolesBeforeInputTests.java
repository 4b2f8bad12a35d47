package jp.hikeshi.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A caller without the role an endpoint demands is refused (403) before its body is read
 * or validated (400).
 */
@WebTest
class RolesBeforeInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("GEN-1 a reporter posting an empty incident is refused with 403, not told which fields are missing")
	void refusesAReporterBeforeValidatingAnIncident() throws Exception {
		TestUser reporter = accounts.create("reporter", Role.REPORTER);
		refused(post("/api/v1/incidents"), reporter, "{}");
		refused(post("/api/v1/incidents"), reporter, "not even json");
	}

	@Test
	@DisplayName("GEN-1 several writes refuse the wrong role before reading the body, whatever the body is")
	void refusesTheWrongRoleBeforeTheBodyOnSeveralEndpoints() throws Exception {
		TestUser reporter = accounts.create("reporter", Role.REPORTER);
		TestUser handler = accounts.create("handler", Role.HANDLER);
		TestUser manager = accounts.create("manager", Role.MANAGER);
		UUID unknown = UUID.randomUUID();
		refused(post("/api/v1/reports/" + unknown + "/triage"), reporter, "{}");
		refused(post("/api/v1/reports/" + unknown + "/triage"), manager, "{\"decision\":\"NOPE\"}");
		refused(patch("/api/v1/incidents/" + unknown), reporter, "{\"priority\":42}");
		refused(post("/api/v1/alerts/promote"), manager, "{}");
		refused(put("/api/v1/triage/checklists/MALWARE"), handler, "[{}]");
	}

	@Test
	@DisplayName("GEN-1 a caller with the role still gets the field list for an invalid body")
	void stillValidatesTheBodyForTheRightRole() throws Exception {
		TestUser handler = accounts.create("handler", Role.HANDLER);
		mvc.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors").isNotEmpty());
	}

	private void refused(MockHttpServletRequestBuilder request, TestUser caller, String body) throws Exception {
		mvc.perform(
				request.header("Authorization", caller.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

}
