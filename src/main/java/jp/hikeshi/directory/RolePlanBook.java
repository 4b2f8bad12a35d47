package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.RolePlanRules;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's role plan (GEN-2) kept in the database: roles retired rather than deleted, members resolved to
 * enabled users and active vendors when read, and the R/A/C/I matrix replaced as a whole.
 */
@Service
@Transactional(readOnly = true)
public class RolePlanBook implements RolePlan {

	/** The preloaded roles; they can be renamed and reordered but not removed. */
	public static final Set<String> DEFAULT_CODES = Set.of(ResponseRole.LEAD, ResponseRole.CONTACT, ResponseRole.SYSADMIN,
			ResponseRole.VENDOR, ResponseRole.PR, ResponseRole.LEGAL, ResponseRole.MANAGEMENT);

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RolePlanBook(JdbcClient jdbc, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<ResponseRole> roles(OrganisationId organisation) {
		record RoleRow(String code, Bilingual name, int sortOrder) {
		}
		record MemberRow(String role, int order, AssigneeKind kind, UUID id) {
		}
		List<RoleRow> rows = jdbc.sql("""
				SELECT code, name_ja, name_en, sort_order FROM response_role
				WHERE organisation_id = ? AND retired_at IS NULL ORDER BY sort_order, code""")
			.param(organisation.value())
			.query((rs, n) -> new RoleRow(rs.getString("code"), new Bilingual(rs.getString("name_ja"), rs.getString("name_en")),
					rs.getInt("sort_order")))
			.list();
		List<MemberRow> members = jdbc.sql("""
				SELECT role_code, member_order, kind, member_id FROM response_role_member
				WHERE organisation_id = ? ORDER BY role_code, member_order""")
			.param(organisation.value())
			.query((rs, n) -> new MemberRow(rs.getString("role_code"), rs.getInt("member_order"),
					AssigneeKind.valueOf(rs.getString("kind")), rs.getObject("member_id", UUID.class)))
			.list();
		Map<UUID, String> userNames = users.names(organisation,
				members.stream().filter(m -> m.kind() == AssigneeKind.USER).map(MemberRow::id).toList());
		Map<UUID, String> vendorNames = vendorNames(organisation,
				members.stream().filter(m -> m.kind() == AssigneeKind.VENDOR).map(MemberRow::id).toList());
		List<ResponseRole> roles = new ArrayList<>();
		for (RoleRow row : rows) {
			Assignee primary = null;
			List<Assignee> deputies = new ArrayList<>();
			for (MemberRow m : members) {
				String name = (m.kind() == AssigneeKind.USER ? userNames : vendorNames).get(m.id());
				if (!m.role().equals(row.code()) || name == null) {
					continue; // a disabled user or retired vendor no longer takes work
				}
				Assignee assignee = new Assignee(m.kind(), m.id(), name);
				if (m.order() == 0) {
					primary = assignee;
				}
				else {
					deputies.add(assignee);
				}
			}
			roles.add(new ResponseRole(row.code(), row.name(), primary, deputies, row.sortOrder()));
		}
		return roles;
	}

	@Override
	public Optional<ResponseRole> role(OrganisationId organisation, String code) {
		return roles(organisation).stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** The whole plan: roles, matrix and version. */
	public RolePlanView plan(OrganisationId organisation) {
		Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
		Activity.ALL.forEach(a -> matrix.put(a.id(), new TreeMap<>()));
		jdbc.sql("""
				SELECT a.activity, a.role_code, a.letter FROM role_activity a
				JOIN response_role r ON r.organisation_id = a.organisation_id AND r.code = a.role_code
				WHERE a.organisation_id = ? AND r.retired_at IS NULL""")
			.param(organisation.value())
			.query((rs, n) -> Map.entry(rs.getString("activity"), Map.entry(rs.getString("role_code"), rs.getString("letter").trim())))
			.list()
			.forEach(e -> matrix.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(e.getValue().getKey(), e.getValue().getValue()));
		return new RolePlanView(roles(organisation), matrix, version(organisation));
	}

	/** Replaces the whole plan; roles left out are retired (the default roles cannot be left out). */
	@Transactional
	public RolePlanView replace(Actor by, RolePlanInput input) {
		Editors.requireRolePlanEditor(by);
		OrganisationId organisation = by.organisation();
		jdbc.sql("INSERT INTO role_plan (organisation_id, updated_at, version) VALUES (?, NULL, 0) ON CONFLICT DO NOTHING")
			.param(organisation.value())
			.update();
		long current = version(organisation);
		if (input.version() != null && input.version() != current) {
			throw new OptimisticLockingFailureException("role plan changed since version " + input.version());
		}
		List<String> builtin = jdbc.sql("SELECT code FROM response_role WHERE organisation_id = ? AND builtin")
			.param(organisation.value())
			.query(String.class)
			.list();
		new RolePlanRules(id -> users.exists(organisation, id), id -> activeVendor(organisation, id), builtin).check(input);
		Instant now = Instant.now(clock);
		writeRoles(organisation, input, now);
		writeMembers(organisation, input);
		writeMatrix(organisation, input);
		int updated = jdbc.sql("UPDATE role_plan SET version = version + 1, updated_at = ? WHERE organisation_id = ? AND version = ?")
			.params(now.atOffset(ZoneOffset.UTC), organisation.value(), current)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("role plan changed meanwhile");
		}
		long cells = input.matrix().values().stream().flatMap(r -> r.values().stream()).filter(l -> l != null && !l.isBlank()).count();
		events.publishEvent(AuditEvent.by(organisation, by.username(), by.id()).did("ROLE_PLAN_REPLACED").on("ROLE_PLAN", organisation)
			.with("roles", input.roles().size()).with("cells", cells)
			.summary(input.roles().size() + " roles, " + cells + " matrix entries").at(now));
		events.publishEvent(new RolePlanChanged(organisation));
		return plan(organisation);
	}

	private void writeRoles(OrganisationId organisation, RolePlanInput input, Instant now) {
		Set<String> existing = Set.copyOf(activeCodes(organisation, false));
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < input.roles().size(); i++) {
			RolePlanInput.RoleInput role = input.roles().get(i);
			String code = role.code().strip();
			kept.add(code);
			String ja = role.nameJa().strip();
			String en = UserAccounts.clean(role.nameEn()) == null ? ja : role.nameEn().strip();
			int sort = role.sortOrder() == null ? (i + 1) * 10 : role.sortOrder();
			if (existing.contains(code)) {
				jdbc.sql("UPDATE response_role SET name_ja = ?, name_en = ?, sort_order = ?, retired_at = NULL WHERE organisation_id = ? AND code = ?")
					.params(ja, en, sort, organisation.value(), code)
					.update();
			}
			else {
				jdbc.sql("INSERT INTO response_role (organisation_id, code, name_ja, name_en, sort_order, builtin, retired_at) VALUES (?, ?, ?, ?, ?, FALSE, NULL)")
					.params(organisation.value(), code, ja, en, sort)
					.update();
			}
		}
		for (String code : activeCodes(organisation, true)) {
			if (!kept.contains(code)) {
				jdbc.sql("UPDATE response_role SET retired_at = ? WHERE organisation_id = ? AND code = ?")
					.params(now.atOffset(ZoneOffset.UTC), organisation.value(), code)
					.update();
			}
		}
	}

	private void writeMembers(OrganisationId organisation, RolePlanInput input) {
		jdbc.sql("DELETE FROM response_role_member WHERE organisation_id = ?").param(organisation.value()).update();
		for (RolePlanInput.RoleInput role : input.roles()) {
			List<RolePlanInput.AssigneeInput> members = new ArrayList<>();
			members.add(role.primary());
			members.addAll(role.deputies());
			for (int order = 0; order < members.size(); order++) {
				RolePlanInput.AssigneeInput m = members.get(order);
				if (m == null || m.id() == null) {
					continue;
				}
				jdbc.sql("INSERT INTO response_role_member (organisation_id, role_code, member_order, kind, member_id) VALUES (?, ?, ?, ?, ?)")
					.params(organisation.value(), role.code().strip(), order, m.kind().name(), m.id())
					.update();
			}
		}
	}

	private void writeMatrix(OrganisationId organisation, RolePlanInput input) {
		jdbc.sql("DELETE FROM role_activity WHERE organisation_id = ?").param(organisation.value()).update();
		input.matrix().forEach((activity, row) -> row.forEach((role, letter) -> {
			if (letter != null && !letter.isBlank()) {
				jdbc.sql("INSERT INTO role_activity (organisation_id, activity, role_code, letter) VALUES (?, ?, ?, ?)")
					.params(organisation.value(), activity, role, letter.strip())
					.update();
			}
		}));
	}

	/** Codes of the roles in use; with onlyActive false, retired ones too. */
	private List<String> activeCodes(OrganisationId organisation, boolean onlyActive) {
		return jdbc.sql("SELECT code FROM response_role WHERE organisation_id = ?" + (onlyActive ? " AND retired_at IS NULL" : ""))
			.param(organisation.value())
			.query(String.class)
			.list();
	}

	private long version(OrganisationId organisation) {
		Optional<Long> version = jdbc.sql("SELECT version FROM role_plan WHERE organisation_id = ?")
			.param(organisation.value())
			.query(Long.class)
			.optional();
		return version.orElse(0L);
	}

	private boolean activeVendor(OrganisationId organisation, UUID id) {
		return !vendorNames(organisation, List.of(id)).isEmpty();
	}

	private Map<UUID, String> vendorNames(OrganisationId organisation, List<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id, name FROM vendor WHERE organisation_id = :org AND active AND id IN (:ids)")
				.param("org", organisation.value())
				.param("ids", ids)
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
				.list()
				.forEach(e -> names.put(e.getKey(), e.getValue()));
		}
		return names;
	}
}
