package jp.hikeshi.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.directory.RolePlanInput.AssigneeInput;

/**
 * How the set-up's answers staff the default roles of the role plan (GEN-2), so that
 * every task of a playbook has someone: 統括責任者 LEAD ← responsible (deputy: the deputy); 窓口
 * CONTACT ← desk; システム担当 SYSADMIN ← the system person, else the desk (deputy: the
 * vendor); 外部ベンダー VENDOR ← the vendor; 広報 PR ← PR, else management, else the responsible
 * person; 法務・個人情報保護 LEGAL ← legal, else the responsible person; 経営層 MANAGEMENT ←
 * management, else the responsible person. Every user role other than LEAD has the
 * responsible person as its deputy. Other roles and the R/A/C/I matrix stay as they are.
 */
final class SetupStaffing {

	private SetupStaffing() {
	}

	static RolePlanInput staff(RolePlanView plan, Map<String, UUID> people, UUID vendorId) {
		UUID responsible = people.get("responsible");
		UUID desk = people.get("desk");
		UUID management = first(people.get("management"), responsible);
		List<RolePlanInput.RoleInput> roles = new ArrayList<>();
		for (ResponseRole role : plan.roles()) {
			AssigneeInput primary;
			List<AssigneeInput> deputies;
			switch (role.code()) {
				case ResponseRole.LEAD -> {
					primary = user(responsible);
					deputies = users(people.get("deputy"));
				}
				case ResponseRole.CONTACT -> {
					primary = user(desk);
					deputies = users(responsible);
				}
				case ResponseRole.SYSADMIN -> {
					primary = user(first(people.get("system"), desk));
					deputies = vendorId == null ? List.of() : List.of(new AssigneeInput(AssigneeKind.VENDOR, vendorId));
				}
				case ResponseRole.VENDOR -> {
					primary = vendorId == null ? null : new AssigneeInput(AssigneeKind.VENDOR, vendorId);
					deputies = List.of();
				}
				case ResponseRole.PR -> {
					primary = user(first(people.get("pr"), management));
					deputies = users(responsible);
				}
				case ResponseRole.LEGAL -> {
					primary = user(first(people.get("legal"), responsible));
					deputies = users(responsible);
				}
				case ResponseRole.MANAGEMENT -> {
					primary = user(management);
					deputies = users(responsible);
				}
				default -> {
					primary = input(role.primary());
					deputies = role.deputies().stream().map(SetupStaffing::input).toList();
				}
			}
			roles.add(new RolePlanInput.RoleInput(role.code(), role.name().ja(), role.name().en(), role.sortOrder(),
					primary, withoutRepeats(primary, deputies)));
		}
		return new RolePlanInput(roles, plan.matrix(), null);
	}

	private static List<AssigneeInput> withoutRepeats(AssigneeInput primary, List<AssigneeInput> deputies) {
		Set<AssigneeInput> kept = new LinkedHashSet<>(deputies);
		kept.remove(primary);
		kept.remove(null);
		return List.copyOf(kept);
	}

	private static UUID first(UUID preferred, UUID otherwise) {
		return preferred != null ? preferred : otherwise;
	}

	private static AssigneeInput user(UUID id) {
		return id == null ? null : new AssigneeInput(AssigneeKind.USER, id);
	}

	private static List<AssigneeInput> users(UUID id) {
		return id == null ? List.of() : List.of(user(id));
	}

	private static AssigneeInput input(Assignee assignee) {
		return assignee == null ? null : new AssigneeInput(assignee.kind(), Objects.requireNonNull(assignee.id()));
	}

	/**
	 * Whether the staffed plan names the same primaries and deputies as the plan already
	 * does.
	 */
	static boolean same(RolePlanView plan, RolePlanInput staffed) {
		if (plan.roles().size() != staffed.roles().size()) {
			return false;
		}
		for (int i = 0; i < staffed.roles().size(); i++) {
			ResponseRole current = plan.roles().get(i);
			RolePlanInput.RoleInput wanted = staffed.roles().get(i);
			if (!Objects.equals(input(current.primary()), wanted.primary())
					|| !current.deputies().stream().map(SetupStaffing::input).toList().equals(wanted.deputies())) {
				return false;
			}
		}
		return true;
	}

}
