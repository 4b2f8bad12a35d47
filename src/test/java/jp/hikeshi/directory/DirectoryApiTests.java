package jp.hikeshi.directory;

import static org.hamcrest.Matchers.hasItem;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class DirectoryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser handler;

	@BeforeEach
	void setUp() {
		handler = accounts.create("dir", Role.HANDLER);
	}

	@Test
	@DisplayName("GEN-2 a handler adds and changes an internal contact linked to a user account")
	void keepsInternalContacts() throws Exception {
		String name = "総務 太郎 " + UUID.randomUUID();
		String body = mvc
			.perform(post("/api/v1/contacts").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"department\":\"総務部\","
						+ "\"title\":\"課長\",\"phone\":\"03-1111-2222\",\"email\":\"soumu@example.jp\",\"userId\":\""
						+ handler.actor().id() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.userName").value("テスト " + handler.username()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(put("/api/v1/contacts/" + id).header("Authorization", handler.bearer())
			.header("If-Match", "0")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"phone\":\"03-9999-0000\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("03-9999-0000"))
			.andExpect(jsonPath("$.department").doesNotExist())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/contacts/" + id).header("Authorization", handler.bearer())
			.header("If-Match", "0")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"stale\"}")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/contacts").param("q", name).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		mvc.perform(post("/api/v1/contacts").header("Authorization", handler.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"userId\":\"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'userId')].message")
				.value(hasItem("Not an enabled user of this organisation")));
	}

	@Test
	@DisplayName("GEN-2 a vendor has people linked to VENDOR accounts and the assets it maintains")
	void keepsVendorsWithPeopleAndAssets() throws Exception {
		TestUser vendorUser = accounts.create("dir-ven", Role.VENDOR);
		String name = "システム保守株式会社 " + UUID.randomUUID();
		String body = mvc
			.perform(post("/api/v1/vendors").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"emergencyPhone\":\"0120-999-999\","
						+ "\"email\":\"support@example.jp\",\"address\":\"東京都千代田区\",\"people\":[{\"name\":\"保守 一郎\","
						+ "\"phone\":\"090-0000-0000\",\"userId\":\"" + vendorUser.actor().id()
						+ "\"},{\"name\":\"保守 二郎\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.people[0].userName").value("テスト " + vendorUser.username()))
			.andExpect(jsonPath("$.people[1].name").value("保守 二郎"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String asset = JsonPath.read(mvc
			.perform(post("/api/v1/assets").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"基幹サーバー " + UUID.randomUUID()
						+ "\",\"kind\":\"SERVER\",\"maintainingVendor\":\"旧表記\",\"vendorId\":\"" + id + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.vendorId").value(id))
			.andExpect(jsonPath("$.maintainingVendor").value(name))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/vendors/" + id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vendor.emergencyPhone").value("0120-999-999"))
			.andExpect(jsonPath("$.maintainedAssets[*].id").value(hasItem(asset)));
		mvc.perform(put("/api/v1/vendors/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"people\":[{\"name\":\"x\",\"userId\":\"" + UUID.randomUUID()
					+ "\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("people[0].userId")));
		mvc.perform(put("/api/v1/vendors/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"active\":false,\"people\":[]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.people").isEmpty());
		mvc.perform(post("/api/v1/assets").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"kind\":\"PC\",\"vendorId\":\"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("vendorId")));
	}

	@Test
	@DisplayName("GEN-2 the outside bodies are preloaded from the reference list and their details are editable")
	void preloadsEditableOutsideBodies() throws Exception {
		mvc.perform(get("/api/v1/outside-bodies").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.hasItems("PPC", "IPA", "JPCERT_CC", "POLICE",
					"MINISTRY", "INSURER", "NO_MORE_RANSOM")))
			.andExpect(jsonPath("$[?(@.code == 'PPC')].nameJa").value(hasItem("個人情報保護委員会")))
			.andExpect(
					jsonPath("$[?(@.code == 'NO_MORE_RANSOM')].url").value(hasItem("https://www.nomoreransom.org/")));
		String code = "PREF_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		mvc.perform(put("/api/v1/outside-bodies/" + code).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameJa\":\"県庁 情報政策課\",\"phone\":\"000-000-0000\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameEn").value("県庁 情報政策課"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put("/api/v1/outside-bodies/" + code).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"nameJa\":\"県庁 情報政策課\",\"nameEn\":\"Prefecture\",\"phone\":\"011-222-3333\",\"notes\":\"平日のみ\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("011-222-3333"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/outside-bodies/" + code).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameJa\":\"x\",\"url\":\"javascript:alert(1)\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("url")));
		TestUser manager = accounts.create("dir-m", Role.MANAGER);
		mvc.perform(put("/api/v1/outside-bodies/" + code).header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameJa\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/outside-bodies").header("Authorization", manager.bearer())).andExpect(status().isOk());
	}

	@Test
	@DisplayName("GEN-2 every directory write is in the audit log, and the directory endpoints are documented in OpenAPI")
	void auditsWritesAndDocumentsTheEndpoints() throws Exception {
		TestUser manager = accounts.create("dir-aud", Role.MANAGER);
		String contact = JsonPath.read(mvc
			.perform(post("/api/v1/contacts").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"監査 " + UUID.randomUUID() + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String vendor = JsonPath.read(mvc
			.perform(post("/api/v1/vendors").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"監査 " + UUID.randomUUID() + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(put("/api/v1/outside-bodies/IPA").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"nameJa\":\"独立行政法人 情報処理推進機構（IPA）\",\"nameEn\":\"Information-technology Promotion Agency (IPA)\","
							+ "\"purposeJa\":\"コンピュータウイルス・不正アクセスの届出と相談\",\"purposeEn\":\"Reports of and advice on viruses and unauthorised access\","
							+ "\"url\":\"https://www.ipa.go.jp/\"}"))
			.andExpect(status().isOk());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			mvc.perform(get("/api/v1/audit").param("objectType", "CONTACT")
				.param("objectId", contact)
				.header("Authorization", manager.bearer()))
				.andExpect(jsonPath("$.items[0].action").value("CONTACT_CREATED"))
				.andExpect(jsonPath("$.items[0].actor").value(handler.username()));
			mvc.perform(get("/api/v1/audit").param("objectType", "VENDOR")
				.param("objectId", vendor)
				.header("Authorization", manager.bearer()))
				.andExpect(jsonPath("$.items[0].action").value("VENDOR_CREATED"));
			mvc.perform(get("/api/v1/audit").param("objectType", "OUTSIDE_BODY")
				.param("objectId", "IPA")
				.header("Authorization", manager.bearer()))
				.andExpect(jsonPath("$.items[*].action").value(hasItem("OUTSIDE_BODY_UPDATED")));
		});
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/role-plan'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/role-plan'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/contacts'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/contacts/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/vendors'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/vendors/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/outside-bodies'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/outside-bodies/{code}'].put").exists());
	}

}
