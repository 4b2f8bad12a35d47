package jp.hikeshi.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class OrganisationSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void anAdministratorMarksTheOrganisationAsAPublicBodyAndOthersCannot() throws Exception {
		TestUser admin = accounts.create("org-admin", Role.ADMIN);
		TestUser handler = accounts.create("org-handler", Role.HANDLER);
		String original = com.jayway.jsonpath.JsonPath
			.read(mvc.perform(get("/api/v1/organisation").header("Authorization", admin.bearer()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.name");
		try {
			mvc.perform(put("/api/v1/organisation").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"○○市役所\",\"publicBody\":true}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.publicBody").value(true));
			mvc.perform(get("/api/v1/organisation").header("Authorization", handler.bearer()))
				.andExpect(jsonPath("$.name").value("○○市役所"));
			mvc.perform(put("/api/v1/organisation").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"publicBody\":false}")).andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/organisation").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\" \",\"publicBody\":false}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"));
		}
		finally {
			mvc.perform(put("/api/v1/organisation").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + original + "\",\"publicBody\":false}"));
		}
	}

}
