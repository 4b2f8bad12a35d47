package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("GEN-2 an administrator creates a user over the API, finds it in the list and reads it")
	void administratorCreatesListsAndReadsAUser() throws Exception {
		TestUser admin = accounts.create("uapi", Role.ADMIN);
		String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
		String body = create(admin, "{\"username\":\"" + username + "\",\"displayName\":\"看護師 花子\",\"email\":\""
				+ username
				+ "@clinic.example.jp\",\"password\":\"initial-password\",\"roles\":[\"HANDLER\",\"REPORTER\"]}")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.language").value("ja"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("initial-password").doesNotContain("passwordHash");
		String id = JsonPath.read(body, "$.id");

		mvc.perform(get("/api/v1/users/" + id).header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles", hasItem("HANDLER")));
		mvc.perform(get("/api/v1/users").param("size", "100").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").isNumber());
		long total = ((Number) JsonPath
			.read(mvc.perform(get("/api/v1/users").param("size", "1").header("Authorization", admin.bearer()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.totalItems"))
			.longValue();
		assertThat(total).isGreaterThanOrEqualTo(2);
		mvc.perform(formLogin("/login").user(username).password("initial-password")).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("GEN-2 an administrator changes roles and language, locks, unlocks and deactivates a user over the API")
	void administratorChangesRolesLanguageLockAndDeactivates() throws Exception {
		TestUser admin = accounts.create("uapi", Role.ADMIN);
		TestUser staff = accounts.create("staff", Role.REPORTER);
		String user = "/api/v1/users/" + staff.actor().id();

		change(admin, user, "{\"roles\":[\"MANAGER\"],\"language\":\"en\",\"displayName\":\"事務長\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("MANAGER"))
			.andExpect(jsonPath("$.roles.length()").value(1))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.displayName").value("事務長"));

		change(admin, user, "{\"locked\":true}").andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(true));
		mvc.perform(formLogin("/login").user(staff.username()).password(staff.password()))
			.andExpect(redirectedUrl("/login?locked"));
		change(admin, user, "{\"locked\":false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false));
		mvc.perform(formLogin("/login").user(staff.username()).password(staff.password()))
			.andExpect(redirectedUrl("/"));

		mvc.perform(get("/api/v1/tasks").header("Authorization", staff.bearer())).andExpect(status().is2xxSuccessful());
		change(admin, user, "{\"active\":false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(formLogin("/login").user(staff.username()).password(staff.password()))
			.andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/api/v1/tasks").header("Authorization", staff.bearer())).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("GEN-2 only administrators use the users API")
	void othersAreRefused() throws Exception {
		TestUser handler = accounts.create("uapi-h", Role.HANDLER, Role.MANAGER);
		mvc.perform(get("/api/v1/users").header("Authorization", handler.bearer())).andExpect(status().isForbidden());
		create(handler,
				"{\"username\":\"x-" + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"displayName\":\"x\",\"password\":\"long-enough-pw\",\"roles\":[\"ADMIN\"]}")
			.andExpect(status().isForbidden());
		change(handler, "/api/v1/users/" + handler.actor().id(), "{\"roles\":[\"ADMIN\"]}")
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("GEN-2 bad input to the users API is answered with 400 naming each field")
	void badInputNamesTheFields() throws Exception {
		TestUser admin = accounts.create("uapi", Role.ADMIN);
		create(admin,
				"{\"username\":\"a b\",\"displayName\":\"\",\"email\":\"not-an-address\",\"password\":\"short\",\"roles\":[\"KING\"],\"language\":\"fr\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("roles")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("language")));
		create(admin,
				"{\"username\":\"" + admin.username()
						+ "\",\"displayName\":\"二人目\",\"password\":\"long-enough-pw\",\"roles\":[\"HANDLER\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("このユーザー名は既に使われています"));
		change(admin, "/api/v1/users/" + admin.actor().id(), "{\"roles\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		change(admin, "/api/v1/users/" + admin.actor().id(), "{\"locked\":true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("locked"));
		change(admin, "/api/v1/users/" + UUID.randomUUID(), "{\"active\":false}").andExpect(status().isNotFound());
	}

	private ResultActions create(TestUser by, String json) throws Exception {
		return mvc.perform(post("/api/v1/users").header("Authorization", by.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions change(TestUser by, String path, String json) throws Exception {
		return mvc.perform(
				patch(path).header("Authorization", by.bearer()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
