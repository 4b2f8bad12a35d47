package jp.hikeshi.incident;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class ClosingGuardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("GEN-1 an incident is not closed while a module's guard reports an open obligation, and closes once it is met")
	void closingWaitsForEveryGuard() throws Exception {
		TestUser handler = accounts.create("closer", Role.HANDLER);
		String body = mvc.perform(post("/api/v1/incidents").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"漏えい\",\"category\":\"INFO_LEAK\",\"urgency\":\"HIGH\",\"severity\":\"EXTENSIVE\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
		BlockingClosingGuard.BLOCKED.add(id);
		try {
			mvc.perform(patch("/api/v1/incidents/" + id).header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"state\":\"CLOSED\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("state"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("個人情報保護委員会への速報")));
		}
		finally {
			BlockingClosingGuard.BLOCKED.remove(id);
		}
		mvc.perform(patch("/api/v1/incidents/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"state\":\"CLOSED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
	}

}
