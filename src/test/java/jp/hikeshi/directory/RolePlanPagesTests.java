package jp.hikeshi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class RolePlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RolePlanBook book;

	@Autowired
	VendorDirectory vendors;

	TestUser manager;

	RolePlanView before;

	@BeforeEach
	void remember() {
		manager = accounts.create("rpp", Role.MANAGER);
		before = book.plan(manager.actor().organisation());
	}

	@AfterEach
	void restore() {
		book.replace(manager.actor(), new RolePlanInput(RolePlanTests.inputs(before), before.matrix(), null));
	}

	@Test
	@DisplayName("GEN-2 the role plan sheet shows roles, people with contact details, vendors with emergency numbers, outside bodies and the matrix, in Japanese and English")
	void rendersTheSheetInBothLanguages() throws Exception {
		TestUser admin = accounts.create("rpp-adm", Role.ADMIN);
		TestUser lead = accounts.create("rpp-lead", Role.HANDLER);
		String vendorName = "緊急保守株式会社 " + UUID.randomUUID();
		VendorView vendor = vendors.register(admin.actor(),
				new VendorInput(vendorName, "0120-111-222", null, null, null, null, List.of()));
		var roles = new java.util.ArrayList<>(RolePlanTests.inputs(before));
		for (int i = 0; i < roles.size(); i++) {
			var r = roles.get(i);
			if (r.code().equals("LEAD")) {
				roles.set(i,
						new RolePlanInput.RoleInput(r.code(), r.nameJa(), r.nameEn(), r.sortOrder(),
								new RolePlanInput.AssigneeInput(AssigneeKind.USER, lead.actor().id()),
								List.of(new RolePlanInput.AssigneeInput(AssigneeKind.VENDOR, vendor.id()))));
			}
		}
		book.replace(manager.actor(), new RolePlanInput(roles, before.matrix(), null));

		mvc.perform(get("/role-plan/sheet").with(PageAuth.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("体制・役割分担表"), containsString("統括責任者"),
					containsString("法務・個人情報保護"), containsString("テスト " + lead.username()),
					containsString(lead.username() + "@example.jp"), containsString(vendorName),
					containsString("0120-111-222"), containsString("個人情報保護委員会"), containsString("No More Ransom"),
					containsString("標的型メールのトリアージ"), containsString("/css/directory.css"))));
		mvc.perform(get("/role-plan/sheet").with(PageAuth.as(manager)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Role plan sheet"), containsString("Incident lead"),
					containsString("Legal and privacy officer"),
					containsString("Personal Information Protection Commission"),
					containsString("Targeted e-mail triage"), containsString(vendorName))));
		mvc.perform(get("/css/directory.css")).andExpect(content().string(containsString("@media print")));
	}

	@Test
	@DisplayName("GEN-2 a manager renames a role, staffs it and changes the matrix in the editor; a second A is shown as an error and nothing changes")
	void editsThePlanInTheEditor() throws Exception {
		TestUser primary = accounts.create("rpp-pri", Role.HANDLER);
		mvc.perform(get("/role-plan").with(PageAuth.as(manager)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("name=\"m.DET-1.LEAD\""), containsString("name=\"primary.0\""))));

		var form = form(before, "PR", "広報担当（対外）", "USER:" + primary.actor().id());
		mvc.perform(form.param("m.REP-4.PR", "A").param("m.REP-4.MANAGEMENT", "C"))
			.andExpect(status().is3xxRedirection());
		RolePlanView after = book.plan(manager.actor().organisation());
		ResponseRole pr = after.roles().stream().filter(r -> r.code().equals("PR")).findFirst().orElseThrow();
		assertThat(pr.name().ja()).isEqualTo("広報担当（対外）");
		assertThat(pr.primary().id()).isEqualTo(primary.actor().id());
		assertThat(after.letter("REP-4", "PR")).isEqualTo("A");
		assertThat(after.letter("REP-4", "MANAGEMENT")).isEqualTo("C");

		mvc.perform(form(after, "PR", "x", "").param("m.DET-2.CONTACT", "A").param("m.DET-2.LEAD", "A"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("活動 DET-2 の A（説明責任者）は1つだけにしてください")));
		assertThat(book.plan(manager.actor().organisation()).version()).isEqualTo(after.version());
	}

	@Test
	@DisplayName("GEN-2 a handler reads the role plan but cannot save it; reporters and vendors get 403 on every directory page")
	void guardsThePages() throws Exception {
		TestUser handler = accounts.create("rpp-h", Role.HANDLER);
		mvc.perform(get("/role-plan").with(PageAuth.as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("disabled")));
		mvc.perform(post("/role-plan").with(PageAuth.as(handler)).with(csrf())).andExpect(status().isForbidden());
		for (Role role : List.of(Role.REPORTER, Role.VENDOR)) {
			TestUser user = accounts.create("rpp-x", role);
			for (String page : List.of("/role-plan", "/role-plan/sheet", "/contacts", "/contacts/new", "/vendors",
					"/vendors/new", "/outside-bodies", "/outside-bodies/PPC")) {
				mvc.perform(get(page).with(PageAuth.as(user))).andExpect(status().isForbidden());
			}
		}
	}

	/**
	 * The editor's form for the plan as it is, with one role renamed and its primary
	 * chosen.
	 */
	MockHttpServletRequestBuilder form(RolePlanView plan, String code, String nameJa, String primary) {
		MockHttpServletRequestBuilder form = post("/role-plan").with(PageAuth.as(manager))
			.with(csrf())
			.param("version", String.valueOf(plan.version()));
		for (int i = 0; i < plan.roles().size(); i++) {
			ResponseRole r = plan.roles().get(i);
			boolean target = r.code().equals(code);
			form.param("code." + i, r.code())
				.param("nameJa." + i, target ? nameJa : r.name().ja())
				.param("nameEn." + i, r.name().en())
				.param("sortOrder." + i, String.valueOf(r.sortOrder()))
				.param("primary." + i,
						target ? primary : (r.primary() == null ? "" : r.primary().kind() + ":" + r.primary().id()));
		}
		int blank = plan.roles().size();
		form.param("code." + blank, "").param("nameJa." + blank, "").param("nameEn." + blank, "");
		return form;
	}

}
