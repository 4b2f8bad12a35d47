package jp.hikeshi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The role plan and the vendors as other modules use them (GEN-2). The plan is one per
 * organisation and the test database is shared, so tests that replace it restore every
 * role they touch to a state of their own.
 */
@WebTest
class RolePlanTests {

	@Autowired
	RolePlan rolePlan;

	@Autowired
	RolePlanBook book;

	@Autowired
	Vendors vendors;

	@Autowired
	VendorDirectory directory;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("GEN-2 the default roles are preloaded with Japanese and English names and a matrix with one A per activity")
	void preloadsTheDefaultRoles() {
		TestUser admin = accounts.create("rp", Role.ADMIN);
		List<String> codes = rolePlan.roles(admin.actor().organisation()).stream().map(ResponseRole::code).toList();
		assertThat(codes).contains("LEAD", "CONTACT", "SYSADMIN", "VENDOR", "PR", "LEGAL", "MANAGEMENT");
		assertThat(rolePlan.role(admin.actor().organisation(), "LEAD").orElseThrow().name(java.util.Locale.ENGLISH))
			.isNotBlank();
		RolePlanView plan = book.plan(admin.actor().organisation());
		assertThat(plan.matrix()).containsKeys("DET-1", "TRI-3", "RES-5", "REP-5", "GEN-3");
		assertThat(Activity.ALL).hasSize(20);
	}

	@Test
	@DisplayName("GEN-2 takerFor names the primary, else the first deputy, and a vendor account belongs to its vendor")
	void takerFallsBackToTheFirstDeputy() {
		TestUser admin = accounts.create("rp", Role.ADMIN);
		TestUser deputy = accounts.create("rp-dep", Role.HANDLER);
		TestUser vendorUser = accounts.create("rp-ven", Role.VENDOR);
		TestUser other = accounts.create("rp-oth", Role.VENDOR);
		VendorView vendor = directory.register(admin.actor(),
				new VendorInput("保守社 " + UUID.randomUUID(), "03-0000-0000", "sos@example.jp", null, null, null,
						List.of(new VendorInput.PersonInput("山田", "090", null, vendorUser.actor().id()))));
		assertThat(vendors.vendorOf(vendorUser.actor())).contains(vendor.id());
		assertThat(vendors.vendorOf(other.actor())).isEmpty();
		assertThat(vendors.accountsOf(admin.actor().organisation(), vendor.id()))
			.containsExactly(vendorUser.actor().id());
		assertThat(vendors.find(admin.actor().organisation(), vendor.id())).map(VendorRef::emergencyPhone)
			.contains("03-0000-0000");

		String code = "X_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		RolePlanView plan = book.plan(admin.actor().organisation());
		List<RolePlanInput.RoleInput> roles = new ArrayList<>(inputs(plan));
		roles.add(new RolePlanInput.RoleInput(code, "臨時", "Temporary", 999, null,
				List.of(new RolePlanInput.AssigneeInput(AssigneeKind.USER, deputy.actor().id()),
						new RolePlanInput.AssigneeInput(AssigneeKind.VENDOR, vendor.id()))));
		book.replace(admin.actor(), new RolePlanInput(roles, plan.matrix(), null));

		assertThat(rolePlan.takerFor(admin.actor().organisation(), code))
			.contains(new Assignee(AssigneeKind.USER, deputy.actor().id(), "テスト " + deputy.username()));
		assertThat(rolePlan.role(admin.actor().organisation(), code).orElseThrow().deputies())
			.extracting(Assignee::kind)
			.containsExactly(AssigneeKind.USER, AssigneeKind.VENDOR);
		assertThat(rolePlan.takerFor(admin.actor().organisation(), "NO_SUCH_ROLE")).isEmpty();

		// leaving the custom role out retires it; history keeps it but work no longer
		// goes to it
		RolePlanView after = book.plan(admin.actor().organisation());
		book.replace(admin.actor(), new RolePlanInput(
				inputs(after).stream().filter(r -> !r.code().equals(code)).toList(), Map.of(), after.version()));
		assertThat(rolePlan.role(admin.actor().organisation(), code)).isEmpty();
		book.replace(admin.actor(), new RolePlanInput(inputs(after), after.matrix(), null));
	}

	@Test
	@DisplayName("GEN-2 a plan with an unknown user, a bad letter or two A's is rejected, naming the fields")
	void rejectsABadPlan() {
		TestUser admin = accounts.create("rp", Role.ADMIN);
		RolePlanView plan = book.plan(admin.actor().organisation());
		List<RolePlanInput.RoleInput> roles = new ArrayList<>(inputs(plan));
		RolePlanInput.RoleInput lead = roles.get(0);
		roles.set(0, new RolePlanInput.RoleInput(lead.code(), lead.nameJa(), lead.nameEn(), lead.sortOrder(),
				new RolePlanInput.AssigneeInput(AssigneeKind.USER, UUID.randomUUID()), List.of()));
		Map<String, Map<String, String>> matrix = new HashMap<>();
		matrix.put("DET-2", Map.of("LEAD", "A", "CONTACT", "A"));
		matrix.put("DET-3", Map.of("LEAD", "X"));
		assertThatThrownBy(() -> book.replace(admin.actor(), new RolePlanInput(roles, matrix, null)))
			.isInstanceOfSatisfying(RejectedInputException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field())
						.containsExactlyInAnyOrder("roles[0].primary.id", "matrix.DET-2", "matrix.DET-3.LEAD"));
	}

	static List<RolePlanInput.RoleInput> inputs(RolePlanView plan) {
		return plan.roles()
			.stream()
			.map(r -> new RolePlanInput.RoleInput(r.code(), r.name().ja(), r.name().en(), r.sortOrder(),
					input(r.primary()), r.deputies().stream().map(RolePlanTests::input).toList()))
			.toList();
	}

	static RolePlanInput.AssigneeInput input(Assignee a) {
		return a == null ? null : new RolePlanInput.AssigneeInput(a.kind(), a.id());
	}

}
