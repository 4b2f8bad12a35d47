package jp.hikeshi.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void publishesTheOpenApiDocumentWithEveryEndpoint() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/reports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reports'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reports/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/tokens'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/assets'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit/verify'].get").exists());
	}

	@Test
	void metricsAreForAdministratorsAndIncludeTheAuditSealer() throws Exception {
		mvc.perform(get("/actuator/metrics/hikeshi.audit.chained")
			.with(PageAuth.as(accounts.create("metrics-admin", Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("hikeshi.audit.chained"))
			.andExpect(jsonPath("$.baseUnit").value("entries"));
		mvc.perform(get("/actuator/metrics").with(PageAuth.as(accounts.create("metrics-handler", Role.HANDLER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
	}

	@Test
	void servesSwaggerUiAndHealth() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

}
