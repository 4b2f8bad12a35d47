package jp.hikeshi.directory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jp.hikeshi.directory.Activity;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

/**
 * What a role plan must satisfy (GEN-2): role codes well formed and unique, the default
 * roles kept, every primary and deputy an existing user or vendor, and a matrix of known
 * activities and roles with only R/A/C/I and at most one A per activity. All faults are
 * reported together, each naming its field.
 */
public class RolePlanRules {

	private static final Set<String> LETTERS = Set.of("R", "A", "C", "I");

	private final Predicate<UUID> userExists;

	private final Predicate<UUID> vendorExists;

	private final List<String> requiredCodes;

	public RolePlanRules(Predicate<UUID> userExists, Predicate<UUID> vendorExists, List<String> requiredCodes) {
		this.userExists = userExists;
		this.vendorExists = vendorExists;
		this.requiredCodes = requiredCodes;
	}

	public void check(RolePlanInput plan) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < plan.roles().size(); i++) {
			RolePlanInput.RoleInput role = plan.roles().get(i);
			String at = "roles[" + i + "]";
			if (role == null || role.code() == null || !role.code().strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
				problems.add(new FieldProblem(at + ".code", "rolePlan.role.code"));
				continue;
			}
			if (!codes.add(role.code().strip())) {
				problems.add(new FieldProblem(at + ".code", "rolePlan.role.duplicate", role.code()));
			}
			if (role.nameJa() == null || role.nameJa().isBlank() || role.nameJa().strip().length() > 100) {
				problems.add(new FieldProblem(at + ".nameJa", "rolePlan.role.name"));
			}
			if (role.nameEn() != null && role.nameEn().strip().length() > 100) {
				problems.add(new FieldProblem(at + ".nameEn", "rolePlan.role.name"));
			}
			checkMember(role.primary(), at + ".primary", problems);
			for (int d = 0; d < role.deputies().size(); d++) {
				RolePlanInput.AssigneeInput deputy = role.deputies().get(d);
				if (deputy == null) {
					problems.add(new FieldProblem(at + ".deputies[" + d + "]", "rolePlan.assignee.missing"));
				}
				else {
					checkMember(deputy, at + ".deputies[" + d + "]", problems);
				}
			}
		}
		for (String required : requiredCodes) {
			if (!codes.contains(required)) {
				problems.add(new FieldProblem("roles", "rolePlan.role.defaultRequired", required));
			}
		}
		checkMatrix(plan.matrix(), codes, problems);
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
	}

	private void checkMember(RolePlanInput.AssigneeInput member, String at, List<FieldProblem> problems) {
		if (member == null || (member.kind() == null && member.id() == null)) {
			return;
		}
		if (member.kind() == null) {
			problems.add(new FieldProblem(at + ".kind", "rolePlan.assignee.kind"));
		}
		else if (member.id() == null) {
			problems.add(new FieldProblem(at + ".id", "rolePlan.assignee.missing"));
		}
		else if (member.kind() == AssigneeKind.USER && !userExists.test(member.id())) {
			problems.add(new FieldProblem(at + ".id", "directory.user.unknown"));
		}
		else if (member.kind() == AssigneeKind.VENDOR && !vendorExists.test(member.id())) {
			problems.add(new FieldProblem(at + ".id", "rolePlan.vendor.unknown"));
		}
	}

	private static void checkMatrix(Map<String, Map<String, String>> matrix, Set<String> codes,
			List<FieldProblem> problems) {
		matrix.forEach((activity, row) -> {
			String at = "matrix." + activity;
			if (Activity.find(activity).isEmpty()) {
				problems.add(new FieldProblem(at, "rolePlan.activity.unknown", activity));
				return;
			}
			if (row == null) {
				return;
			}
			int accountable = 0;
			for (Map.Entry<String, String> cell : row.entrySet()) {
				String letter = cell.getValue() == null ? "" : cell.getValue().strip();
				if (!codes.contains(cell.getKey())) {
					problems.add(new FieldProblem(at + "." + cell.getKey(), "rolePlan.matrix.role", cell.getKey()));
				}
				else if (!letter.isEmpty() && !LETTERS.contains(letter)) {
					problems.add(new FieldProblem(at + "." + cell.getKey(), "rolePlan.matrix.letter", letter));
				}
				if ("A".equals(letter)) {
					accountable++;
				}
			}
			if (accountable > 1) {
				problems.add(new FieldProblem(at, "rolePlan.matrix.oneAccountable", activity));
			}
		});
	}

}
