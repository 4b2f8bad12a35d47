package jp.hikeshi.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A replacement role plan as submitted (GEN-2); the version, when given, must be the one read. */
public record RolePlanInput(List<RoleInput> roles, Map<String, Map<String, String>> matrix, Long version) {

	public RolePlanInput {
		roles = roles == null ? List.of() : roles;
		matrix = matrix == null ? Map.of() : matrix;
	}

	/** One role of the submitted plan. */
	public record RoleInput(String code, String nameJa, String nameEn, Integer sortOrder, AssigneeInput primary,
			List<AssigneeInput> deputies) {

		public RoleInput {
			deputies = deputies == null ? List.of() : deputies;
		}
	}

	/** A user or vendor named by kind and id. */
	public record AssigneeInput(AssigneeKind kind, UUID id) {
	}
}
