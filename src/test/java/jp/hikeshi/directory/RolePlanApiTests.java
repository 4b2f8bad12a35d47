package jp.hikeshi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class RolePlanApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RolePlanBook book;

	TestUser manager;

	RolePlanView before;

	@BeforeEach
	void remember() {
		manager = accounts.create("rpa", Role.MANAGER);
		before = book.plan(manager.actor().organisation());
	}

	@AfterEach
	void restore() {
		book.replace(manager.actor(), new RolePlanInput(RolePlanTests.inputs(before), before.matrix(), null));
	}

	@Test
	@DisplayName("GEN-2 GET /api/v1/role-plan shows the default roles, the activities and the default matrix")
	void showsTheDefaults() throws Exception {
		TestUser handler = accounts.create("rpa-h", Role.HANDLER);
		mvc.perform(get("/api/v1/role-plan").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[?(@.code == 'LEAD')].nameJa").value(hasItem("統括責任者")))
			.andExpect(jsonPath("$.roles[?(@.code == 'LEGAL')].nameEn").value(hasItem("Legal and privacy officer")))
			.andExpect(jsonPath("$.roles[?(@.code == 'MANAGEMENT')].builtin").value(hasItem(true)))
			.andExpect(jsonPath("$.activities[?(@.id == 'TRI-3')].nameJa").value(hasItem("標的型メールのトリアージ")))
			.andExpect(jsonPath("$.matrix['DET-1']").exists())
			.andExpect(jsonPath("$.matrix['REP-5']").exists());
	}

	@Test
	@DisplayName("GEN-2 PUT then GET /api/v1/role-plan round-trips roles, people, vendors and the matrix")
	void roundTripsThePlan() throws Exception {
		String current = mvc.perform(get("/api/v1/role-plan").header("Authorization", manager.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int version = JsonPath.read(current, "$.version");
		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(current)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 1));

		TestUser lead = accounts.create("rpa-lead", Role.HANDLER);
		TestUser deputy = accounts.create("rpa-dep", Role.HANDLER);
		String vendor = JsonPath.read(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/vendors")
				.header("Authorization", accounts.create("rpa-adm", Role.ADMIN).bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"保守社 " + UUID.randomUUID() + "\",\"emergencyPhone\":\"0120-000-000\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String code = "CISO_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String body = "{\"version\":" + (version + 1) + ",\"roles\":[" + defaultRoles(current) + ",{\"code\":\"" + code
				+ "\",\"nameJa\":\"情報セキュリティ責任者\",\"nameEn\":\"CISO\",\"sortOrder\":5,"
				+ "\"primary\":{\"kind\":\"USER\",\"id\":\"" + lead.actor().id() + "\"},"
				+ "\"deputies\":[{\"kind\":\"USER\",\"id\":\"" + deputy.actor().id()
				+ "\"},{\"kind\":\"VENDOR\",\"id\":\"" + vendor + "\"}]}],"
				+ "\"matrix\":{\"DET-1\":{\"LEAD\":\"A\",\"CONTACT\":\"R\",\"" + code
				+ "\":\"C\"},\"RES-4\":{\"VENDOR\":\"R\",\"" + code + "\":\"A\"}}}";
		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
		String after = mvc.perform(get("/api/v1/role-plan").header("Authorization", manager.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(after, "$.roles[*].code")).first().isEqualTo(code);
		assertThat((String) JsonPath.read(after, "$.roles[0].primary.id")).isEqualTo(lead.actor().id().toString());
		assertThat((String) JsonPath.read(after, "$.roles[0].primary.kind")).isEqualTo("USER");
		assertThat((List<String>) JsonPath.read(after, "$.roles[0].deputies[*].kind")).containsExactly("USER",
				"VENDOR");
		assertThat((String) JsonPath.read(after, "$.roles[0].deputies[1].id")).isEqualTo(vendor);
		assertThat((String) JsonPath.read(after, "$.matrix['RES-4']['" + code + "']")).isEqualTo("A");
		assertThat((String) JsonPath.read(after, "$.matrix['DET-1']['CONTACT']")).isEqualTo("R");
		assertThat((java.util.Map<String, String>) JsonPath.read(after, "$.matrix['TRI-1']")).isEmpty();

		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict());
	}

	@Test
	@DisplayName("GEN-2 PUT /api/v1/role-plan answers 400 naming the field for an unknown user, a bad letter and two A's")
	void rejectsABadPlan() throws Exception {
		String current = mvc.perform(get("/api/v1/role-plan").header("Authorization", manager.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String roles = defaultRoles(current);
		int index = ((List<?>) JsonPath.read(current, "$.roles")).size();
		String unknownUser = "{\"roles\":[" + roles
				+ ",{\"code\":\"EXTRA_X\",\"nameJa\":\"追加\",\"primary\":{\"kind\":\"USER\",\"id\":\""
				+ UUID.randomUUID() + "\"}}],\"matrix\":{}}";
		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(unknownUser))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[" + index + "].primary.id')].message")
				.value(hasItem("Not an enabled user of this organisation")));
		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[" + roles + "],\"matrix\":{\"DET-2\":{\"LEAD\":\"X\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'matrix.DET-2.LEAD')].message")
				.value(hasItem("X is not allowed (R, A, C, I or empty)")));
		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[" + roles + "],\"matrix\":{\"DET-2\":{\"LEAD\":\"A\",\"CONTACT\":\"A\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'matrix.DET-2')].message")
				.value(hasItem("活動 DET-2 の A（説明責任者）は1つだけにしてください")));
		mvc.perform(put("/api/v1/role-plan").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[],\"matrix\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("roles")));
		assertThat(book.plan(manager.actor().organisation()).version()).isEqualTo(before.version());
	}

	@Test
	@DisplayName("GEN-2 a handler reads the role plan but only administrators and managers change it; reporters and vendors get 403")
	void guardsThePlan() throws Exception {
		TestUser handler = accounts.create("rpa-h", Role.HANDLER);
		mvc.perform(put("/api/v1/role-plan").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[],\"matrix\":{}}")).andExpect(status().isForbidden());
		for (Role role : List.of(Role.REPORTER, Role.VENDOR)) {
			TestUser user = accounts.create("rpa-x", role);
			mvc.perform(get("/api/v1/role-plan").header("Authorization", user.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/contacts").header("Authorization", user.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/vendors").header("Authorization", user.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/outside-bodies").header("Authorization", user.bearer()))
				.andExpect(status().isForbidden());
		}
	}

	/** The current roles, names only, as JSON objects. */
	static String defaultRoles(String planJson) {
		List<String> codes = JsonPath.read(planJson, "$.roles[*].code");
		List<String> names = JsonPath.read(planJson, "$.roles[*].nameJa");
		return java.util.stream.IntStream.range(0, codes.size())
			.mapToObj(i -> "{\"code\":\"" + codes.get(i) + "\",\"nameJa\":\"" + names.get(i) + "\"}")
			.collect(Collectors.joining(","));
	}

}
