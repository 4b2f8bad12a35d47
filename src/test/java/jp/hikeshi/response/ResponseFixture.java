package jp.hikeshi.response;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.directory.RolePlanView;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Role;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Sets up a lead, vendors with their accounts, the role plan and incidents for the
 * response tests.
 */
@Component
class ResponseFixture {

	private final TestAccounts accounts;

	private final VendorDirectory vendors;

	private final RolePlanBook plans;

	ResponseFixture(TestAccounts accounts, VendorDirectory vendors, RolePlanBook plans) {
		this.accounts = accounts;
		this.vendors = vendors;
		this.plans = plans;
	}

	/** A vendor organisation with one VENDOR account linked to it. */
	record Vendor(UUID id, String name, TestUser user) {
	}

	Vendor vendor(TestUser admin, String prefix) {
		TestUser user = accounts.create(prefix, Role.VENDOR);
		String name = "保守ベンダー " + prefix + " " + UUID.randomUUID().toString().substring(0, 6);
		var view = vendors.register(admin.actor(), new VendorInput(name, "03-1111-2222", prefix + "@vendor.example.jp",
				null, null, null,
				List.of(new VendorInput.PersonInput("担当 " + prefix, "090-0000-0000", null, user.actor().id()))));
		return new Vendor(view.id(), name, user);
	}

	/**
	 * Replaces the primaries of the given roles, keeping every other role as it is (the
	 * plan is one per organisation and shared by all tests, so each test sets the roles
	 * it relies on just before it uses them).
	 */
	void staff(TestUser admin, Map<String, RolePlanInput.AssigneeInput> primaries) {
		RolePlanView plan = plans.plan(admin.actor().organisation());
		List<RolePlanInput.RoleInput> roles = new ArrayList<>();
		for (ResponseRole r : plan.roles()) {
			RolePlanInput.AssigneeInput primary = primaries.containsKey(r.code()) ? primaries.get(r.code())
					: input(r.primary());
			roles.add(new RolePlanInput.RoleInput(r.code(), r.name().ja(), r.name().en(), r.sortOrder(), primary,
					primaries.containsKey(r.code()) ? List.of()
							: r.deputies().stream().map(ResponseFixture::input).toList()));
		}
		plans.replace(admin.actor(), new RolePlanInput(roles, plan.matrix(), null));
	}

	static RolePlanInput.AssigneeInput user(TestUser user) {
		return new RolePlanInput.AssigneeInput(AssigneeKind.USER, user.actor().id());
	}

	static RolePlanInput.AssigneeInput vendor(Vendor vendor) {
		return new RolePlanInput.AssigneeInput(AssigneeKind.VENDOR, vendor.id());
	}

	private static RolePlanInput.AssigneeInput input(Assignee a) {
		return a == null ? null : new RolePlanInput.AssigneeInput(a.kind(), a.id());
	}

	static UUID incident(MockMvc mvc, TestUser lead, String title) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title
						+ "\",\"category\":\"MALWARE\",\"urgency\":\"HIGH\",\"severity\":\"EXTENSIVE\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	static String apply(MockMvc mvc, TestUser lead, UUID incident, String playbook) throws Exception {
		return mvc
			.perform(post("/api/v1/incidents/" + incident + "/playbooks").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"playbook\":\"" + playbook + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String tasks(MockMvc mvc, TestUser user, UUID incident) throws Exception {
		return mvc.perform(get("/api/v1/incidents/" + incident + "/tasks").header("Authorization", user.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Creates a task by hand; {@code assignee} is "VENDOR:id", "USER:id" or null. */
	static UUID task(MockMvc mvc, TestUser lead, UUID incident, String title, String requirement, boolean mandatory,
			AssigneeKind kind, UUID assignee) throws Exception {
		String json = "{\"process\":\"RESPONSE\",\"title\":\"" + title + "\",\"mandatory\":" + mandatory
				+ (requirement == null ? "" : ",\"requirement\":\"" + requirement + "\"")
				+ (assignee == null ? "" : ",\"assigneeKind\":\"" + kind + "\",\"assigneeId\":\"" + assignee + "\"")
				+ ",\"checklist\":[\"ログの範囲を確認\",\"ハッシュを記録\"]}";
		String body = mvc
			.perform(post("/api/v1/incidents/" + incident + "/tasks").header("Authorization", lead.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	static org.springframework.test.web.servlet.ResultActions change(MockMvc mvc, TestUser user, UUID task, String json)
			throws Exception {
		return mvc.perform(patch("/api/v1/tasks/" + task).header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
