package jp.hikeshi.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A replacement role plan as submitted (GEN-2); the version, when given, must be the one
 * read. The plan as read (GET) may be sent back as it is: its read-only members
 * (activities, builtin, names) are ignored, nothing else.
 */
@JsonIgnoreProperties({ "activities" })
public record RolePlanInput(List<RoleInput> roles, Map<String, Map<String, String>> matrix, Long version) {

	public RolePlanInput {
		roles = roles == null ? List.of() : roles;
		matrix = matrix == null ? Map.of() : matrix;
	}

	/** One role of the submitted plan. */
	@JsonIgnoreProperties({ "builtin" })
	public record RoleInput(String code, String nameJa, String nameEn, Integer sortOrder, AssigneeInput primary,
			List<AssigneeInput> deputies) {

		public RoleInput {
			deputies = deputies == null ? List.of() : deputies;
		}
	}

	/** A user or vendor named by kind and id. */
	@JsonIgnoreProperties({ "name" })
	public record AssigneeInput(AssigneeKind kind, UUID id) {
	}
}
