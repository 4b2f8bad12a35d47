package jp.hikeshi.directory;

import java.util.List;
import java.util.Map;

/**
 * The whole role plan (GEN-2): the active roles in order, the matrix activity id → role
 * code → R/A/C/I, and the version to send back when replacing it.
 */
public record RolePlanView(List<ResponseRole> roles, Map<String, Map<String, String>> matrix, long version) {

	/** The letter for an activity and role, or null. */
	public String letter(String activity, String roleCode) {
		Map<String, String> row = matrix.get(activity);
		return row == null ? null : row.get(roleCode);
	}
}
