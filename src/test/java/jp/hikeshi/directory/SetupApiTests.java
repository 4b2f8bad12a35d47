package jp.hikeshi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.UserAccount;
import jp.hikeshi.identity.UserAdministration;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class SetupApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserAdministration users;

	@Autowired
	RolePlanBook plans;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	ContactDirectory contacts;

	@Test
	@DisplayName("GEN-2 the set-up answered in one PUT creates the people and the vendor, staffs every default role and completes; a second PUT changes nothing")
	void putStaffsTheRolePlanAndIsIdempotent() throws Exception {
		TestUser admin = accounts.create("setup", Role.ADMIN, Role.HANDLER);
		String s = suffix();
		String answers = answers(s);
		put(admin, answers).andExpect(status().isOk())
			.andExpect(jsonPath("$.completed").value(true))
			.andExpect(jsonPath("$.stepsDone.length()").value(5))
			.andExpect(jsonPath("$.answers.organisation.kind").value("MEDICAL"));
		OrganisationId org = admin.actor().organisation();
		UserAccount lead = users.findByUsername(org, "inchou-" + s).orElseThrow();
		UserAccount desk = users.findByUsername(org, "uketsuke-" + s).orElseThrow();
		UserAccount vendorAccount = users.findByUsername(org, "vendor-" + s).orElseThrow();
		assertThat(lead.roles()).containsExactly(Role.MANAGER);
		assertThat(desk.roles()).containsExactly(Role.HANDLER);
		assertThat(vendorAccount.roles()).containsExactly(Role.VENDOR);
		VendorView vendor = vendors.all(org)
			.stream()
			.filter(v -> v.name().equals("日の出システム " + s))
			.findFirst()
			.orElseThrow();
		assertThat(vendor.emergencyPhone()).isEqualTo("0120-000-111");
		assertThat(vendor.people()).extracting(VendorView.VendorPerson::userId).containsExactly(vendorAccount.id());

		RolePlanView plan = plans.plan(org);
		Map<String, UUID> primaries = new java.util.HashMap<>();
		plan.roles().forEach(r -> primaries.put(r.code(), r.primary() == null ? null : r.primary().id()));
		assertThat(primaries).containsEntry(ResponseRole.LEAD, lead.id())
			.containsEntry(ResponseRole.CONTACT, desk.id())
			.containsEntry(ResponseRole.SYSADMIN, desk.id())
			.containsEntry(ResponseRole.VENDOR, vendor.id())
			.containsEntry(ResponseRole.MANAGEMENT, lead.id())
			.containsEntry(ResponseRole.PR, lead.id())
			.containsEntry(ResponseRole.LEGAL, users.findByUsername(org, "houmu-" + s).orElseThrow().id());
		assertThat(plan.roles()
			.stream()
			.filter(r -> r.code().equals(ResponseRole.LEAD))
			.findFirst()
			.orElseThrow()
			.deputies()).extracting(Assignee::id)
			.containsExactly(users.findByUsername(org, "jimucho-" + s).orElseThrow().id());
		assertThat(contacts.linkedTo(org, List.of(lead.id())).get(lead.id()).phone()).isEqualTo("03-1234-5678");

		long version = plan.version();
		String again = put(admin, answers).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).doesNotContain("initial-pass");
		assertThat(users.findByUsername(org, "inchou-" + s).orElseThrow().id()).isEqualTo(lead.id());
		assertThat(vendors.all(org).stream().filter(v -> v.name().equals("日の出システム " + s))).hasSize(1);
		assertThat(vendors.view(org, vendor.id()).orElseThrow().people()).hasSize(1);
		assertThat(contacts.page(org, "院長 " + s, jp.hikeshi.shared.PageRequest.of(0, 10)).totalItems()).isEqualTo(1);
		assertThat(plans.plan(org).version()).isEqualTo(version);

		mvc.perform(get("/api/v1/setup").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.completed").value(true))
			.andExpect(jsonPath("$.answers.responsible.username").value("inchou-" + s))
			.andExpect(jsonPath("$.answers.responsible.password").doesNotExist())
			.andExpect(jsonPath("$.answers.vendor.account.username").value("vendor-" + s))
			.andExpect(jsonPath("$.answers.organisation.nameJa").value("ひので内科クリニック " + s));
	}

	@Test
	@DisplayName("GEN-2 a playbook applied right after the set-up assigns every task")
	void playbookAppliedAfterSetupAssignsEveryTask() throws Exception {
		TestUser admin = accounts.create("setup", Role.ADMIN, Role.HANDLER);
		put(admin, answers(suffix())).andExpect(status().isOk());
		String created = mvc.perform(post("/api/v1/incidents").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"title\":\"受付PCの暗号化\",\"category\":\"RANSOMWARE\",\"urgency\":\"HIGH\",\"severity\":\"EXTENSIVE\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String incident = JsonPath.read(created, "$.id");
		mvc.perform(post("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"playbook\":\"RANSOMWARE\"}")).andExpect(status().is2xxSuccessful());
		String tasks = mvc
			.perform(get("/api/v1/incidents/" + incident + "/tasks").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> all = JsonPath.read(tasks, "$[*]");
		List<Object> assigned = JsonPath.read(tasks, "$[?(@.assignee != null)]");
		assertThat(all).hasSizeGreaterThan(10);
		assertThat(assigned).hasSameSizeAs(all);
	}

	@Test
	@DisplayName("GEN-2 the documents print the organisation's name set in the set-up, in the document's language")
	void documentsPrintTheOrganisationsName() throws Exception {
		TestUser admin = accounts.create("setup", Role.ADMIN, Role.HANDLER);
		String s = suffix();
		put(admin, answers(s)).andExpect(status().isOk());
		String created = mvc.perform(post("/api/v1/incidents").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"title\":\"電子カルテの停止\",\"category\":\"MALWARE\",\"urgency\":\"HIGH\",\"severity\":\"EXTENSIVE\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String incident = JsonPath.read(created, "$.id");
		String ja = document(admin, incident, "ja");
		assertThat(ja).contains("ひので内科クリニック " + s).doesNotContain("Default organisation");
		assertThat(document(admin, incident, "en")).contains("Hinode Clinic " + s);
	}

	@Test
	@DisplayName("GEN-2 set-up answers with faults are refused with 400 naming each field; nothing is saved")
	void faultsNameTheirFields() throws Exception {
		TestUser admin = accounts.create("setup", Role.ADMIN);
		String taken = admin.username();
		put(admin, """
				{"organisation":{"nameJa":"","kind":"CASTLE"},
				 "responsible":{"username":"a b","displayName":"","password":"short"},
				 "desk":{"username":"%s","displayName":"x"},
				 "vendor":{"name":"","account":{}},
				 "legal":{"userId":"%s"}}""".formatted(taken + "-other-org", UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("organisation.nameJa")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("organisation.kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("responsible.username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("responsible.displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("responsible.password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("desk.password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("vendor.name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("vendor.emergencyPhone")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("vendor.account")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("legal.userId")));
		assertThat(users.findByUsername(admin.actor().organisation(), taken + "-other-org")).isEmpty();
		TestUser handler = accounts.create("setup-h", Role.HANDLER, Role.MANAGER);
		put(handler, answers(suffix())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/setup").header("Authorization", handler.bearer())).andExpect(status().isForbidden());
	}

	private String document(TestUser by, String incident, String lang) throws Exception {
		return mvc
			.perform(get("/api/v1/incidents/{id}/documents/management-report", incident).param("format", "html")
				.param("lang", lang)
				.header("Authorization", by.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions put(TestUser by, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/setup")
			.header("Authorization", by.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A clinic: the director leads, the office manager deputises, the receptionist is the
	 * desk, one vendor.
	 */
	static String answers(String s) {
		return """
				{"organisation":{"nameJa":"ひので内科クリニック %1$s","nameEn":"Hinode Clinic %1$s","kind":"MEDICAL"},
				 "responsible":{"username":"inchou-%1$s","displayName":"院長 %1$s","email":"inchou-%1$s@hinode.example.jp",
				                "password":"initial-pass-1","phone":"03-1234-5678"},
				 "deputy":{"username":"jimucho-%1$s","displayName":"事務長 %1$s","email":"jimu-%1$s@hinode.example.jp","password":"initial-pass-2"},
				 "desk":{"username":"uketsuke-%1$s","displayName":"受付 %1$s","password":"initial-pass-3"},
				 "vendor":{"name":"日の出システム %1$s","emergencyPhone":"0120-000-111",
				           "account":{"username":"vendor-%1$s","displayName":"保守 担当 %1$s","email":"v-%1$s@vendor.example.jp","password":"initial-pass-4"}},
				 "legal":{"username":"houmu-%1$s","displayName":"法務 %1$s","password":"initial-pass-5"}}"""
			.formatted(s);
	}

}
