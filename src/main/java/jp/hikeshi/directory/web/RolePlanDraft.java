package jp.hikeshi.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.Activity;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.RolePlanBook;
import jp.hikeshi.directory.RolePlanInput;
import jp.hikeshi.directory.RolePlanView;

import org.springframework.util.MultiValueMap;

/**
 * The role plan editor's content: read from the stored plan, or from the submitted form
 * so that a rejected plan is shown again as typed. Members are written as KIND:id (USER:…
 * or VENDOR:…); matrix cells are fields m.ACTIVITY.ROLE.
 */
record RolePlanDraft(List<Row> roles, Map<String, Map<String, String>> matrix, Long version) {

	/** Deputy choices shown per role; more are kept when a role already has more. */
	static final int DEPUTY_SLOTS = 3;

	record Row(String code, String nameJa, String nameEn, Integer sortOrder, String primary, List<String> deputies,
			boolean remove) {

		public boolean builtin() {
			return RolePlanBook.DEFAULT_CODES.contains(code);
		}

		/** The deputy selects to show: the chosen ones and at least one empty. */
		public List<String> deputySlots() {
			List<String> slots = new ArrayList<>(deputies);
			while (slots.size() < Math.max(DEPUTY_SLOTS, deputies.size() + 1)) {
				slots.add("");
			}
			return slots;
		}
	}

	static RolePlanDraft of(RolePlanView plan) {
		List<Row> rows = new ArrayList<>();
		plan.roles()
			.forEach(r -> rows.add(new Row(r.code(), r.name().ja(), r.name().en(), r.sortOrder(), value(r.primary()),
					r.deputies().stream().map(RolePlanDraft::value).toList(), false)));
		rows.add(new Row("", "", "", null, "", List.of(), false));
		return new RolePlanDraft(rows, plan.matrix(), plan.version());
	}

	static RolePlanDraft parse(MultiValueMap<String, String> form) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; form.containsKey("code." + i); i++) {
			String sort = form.getFirst("sortOrder." + i);
			rows.add(new Row(text(form.getFirst("code." + i)).toUpperCase(), text(form.getFirst("nameJa." + i)),
					text(form.getFirst("nameEn." + i)),
					sort == null || !sort.strip().matches("-?\\d{1,9}") ? null : Integer.valueOf(sort.strip()),
					text(form.getFirst("primary." + i)),
					form.getOrDefault("deputy." + i, List.of())
						.stream()
						.map(RolePlanDraft::text)
						.filter(s -> !s.isEmpty())
						.toList(),
					form.containsKey("remove." + i)));
		}
		Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
		for (Activity activity : Activity.ALL) {
			Map<String, String> row = new LinkedHashMap<>();
			for (Row role : rows) {
				String letter = form.getFirst("m." + activity.id() + "." + role.code());
				if (!role.code().isEmpty() && letter != null && !letter.isBlank()) {
					row.put(role.code(), letter.strip());
				}
			}
			matrix.put(activity.id(), row);
		}
		String version = form.getFirst("version");
		return new RolePlanDraft(rows, matrix,
				version == null || !version.matches("\\d{1,18}") ? null : Long.valueOf(version));
	}

	/** The roles kept: rows neither left empty nor marked for removal. */
	List<Row> kept() {
		return roles.stream().filter(r -> !r.remove() && !(r.code().isEmpty() && r.nameJa().isEmpty())).toList();
	}

	RolePlanInput input() {
		List<Row> kept = kept();
		List<String> codes = kept.stream().map(Row::code).toList();
		Map<String, Map<String, String>> cells = new LinkedHashMap<>();
		matrix.forEach((activity, row) -> {
			Map<String, String> keptRow = new LinkedHashMap<>();
			row.forEach((code, letter) -> {
				if (codes.contains(code)) {
					keptRow.put(code, letter);
				}
			});
			cells.put(activity, keptRow);
		});
		return new RolePlanInput(kept.stream()
			.map(r -> new RolePlanInput.RoleInput(r.code(), r.nameJa(), r.nameEn(), r.sortOrder(), member(r.primary()),
					r.deputies().stream().map(RolePlanDraft::member).filter(m -> m != null).toList()))
			.toList(), cells, version);
	}

	public String letter(String activity, String code) {
		Map<String, String> row = matrix.get(activity);
		return row == null ? "" : row.getOrDefault(code, "");
	}

	static String value(Assignee assignee) {
		return assignee == null ? "" : assignee.kind() + ":" + assignee.id();
	}

	private static RolePlanInput.AssigneeInput member(String value) {
		if (value == null || !value.matches("(USER|VENDOR):[0-9a-fA-F-]{36}")) {
			return null;
		}
		String[] parts = value.split(":", 2);
		return new RolePlanInput.AssigneeInput(AssigneeKind.valueOf(parts[0]), UUID.fromString(parts[1]));
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
