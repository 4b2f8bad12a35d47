package jp.hikeshi.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hikeshi.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

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
	void servesSwaggerUiAndHealth() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
	}
}
