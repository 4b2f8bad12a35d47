package jp.hikeshi.directory;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class AssetApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("assets", Role.HANDLER);
	}

	@Test
	void registersDescribesAndRetiresAnAsset() throws Exception {
		String name = "ファイルサーバー-" + UUID.randomUUID();
		String body = mvc.perform(post("/api/v1/assets").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name
					+ "\",\"kind\":\"SERVER\",\"location\":\"サーバー室\",\"owner\":\"総務\",\"maintainingVendor\":\"保守社\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		mvc.perform(put("/api/v1/assets/" + id).header("Authorization", handler.bearer())
			.header("If-Match", "0")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"kind\":\"CLOUD_SERVICE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("CLOUD_SERVICE"))
			.andExpect(jsonPath("$.location").doesNotExist())
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put("/api/v1/assets/" + id).header("Authorization", handler.bearer())
			.header("If-Match", "0")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"stale\",\"kind\":\"PC\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));

		mvc.perform(get("/api/v1/assets").param("q", name).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		mvc.perform(delete("/api/v1/assets/" + id).header("Authorization", handler.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/assets").param("q", name).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		mvc.perform(get("/api/v1/assets").param("q", name)
			.param("includeRetired", "true")
			.header("Authorization", handler.bearer())).andExpect(jsonPath("$.items[*].id", hasItem(id)));
		mvc.perform(get("/api/v1/assets/" + id).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.retiredAt").exists());
	}

	@Test
	void rejectsAnAssetWithoutNameOrKind() throws Exception {
		mvc.perform(post("/api/v1/assets").header("Authorization", handler.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Enter a name")))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value(hasItem("Choose a kind")));
	}

	@Test
	void forbidsReportersToChangeTheInventory() throws Exception {
		TestUser reporter = accounts.create("rep", Role.REPORTER);
		mvc.perform(post("/api/v1/assets").header("Authorization", reporter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"kind\":\"PC\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/api/v1/assets").header("Authorization", reporter.bearer())).andExpect(status().isOk());
	}

	@Test
	void listsTheConfigurableCategoriesAndLetsAdministratorsAddOne() throws Exception {
		TestUser admin = accounts.create("cat", Role.ADMIN);
		mvc.perform(get("/api/v1/categories").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$[?(@.code == 'INFO_LEAK')].nameJa").value(hasItem("情報漏えい")))
			.andExpect(jsonPath("$[?(@.code == 'INFO_LEAK')].rsit")
				.value(hasItem(org.hamcrest.Matchers.containsString("data-leak"))));
		mvc.perform(put("/api/v1/categories/MEDICAL_DEVICE").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameJa\":\"医療機器の異常\",\"nameEn\":\"Medical device fault\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/categories/OTHER2").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameJa\":\"x\",\"nameEn\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"detectedAt":"2026-11-20T01:15:00Z","reporterName":"r","reporterContact":"c",
					 "category":"MEDICAL_DEVICE","channel":"OTHER","summary":"輸液ポンプの表示がおかしい"}"""))
			.andExpect(status().isCreated());
	}

}
