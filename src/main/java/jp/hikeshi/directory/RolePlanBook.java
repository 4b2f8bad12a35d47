package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.RolePlanRecords;
import jp.hikeshi.directory.internal.RolePlanRecords.Cell;
import jp.hikeshi.directory.internal.RolePlanRecords.MemberRow;
import jp.hikeshi.directory.internal.RolePlanRecords.RoleRow;
import jp.hikeshi.directory.internal.RolePlanRules;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.directory.internal.VendorRecords;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's role plan (GEN-2) kept in the database: roles retired rather than
 * deleted, members resolved to enabled users and active vendors when read, and the
 * R/A/C/I matrix replaced as a whole.
 */
@Service
@Transactional(readOnly = true)
public class RolePlanBook implements RolePlan {

	/** The preloaded roles; they can be renamed and reordered but not removed. */
	public static final Set<String> DEFAULT_CODES = Set.of(ResponseRole.LEAD, ResponseRole.CONTACT,
			ResponseRole.SYSADMIN, ResponseRole.VENDOR, ResponseRole.PR, ResponseRole.LEGAL, ResponseRole.MANAGEMENT);

	private final RolePlanRecords records;

	private final VendorRecords vendors;

	private final UserAccounts users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RolePlanBook(RolePlanRecords records, VendorRecords vendors, UserAccounts users, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.vendors = vendors;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<ResponseRole> roles(OrganisationId organisation) {
		List<RoleRow> rows = records.roles(organisation);
		List<MemberRow> members = records.members(organisation);
		Map<UUID, String> userNames = users.names(organisation,
				members.stream().filter(m -> m.kind() == AssigneeKind.USER).map(MemberRow::id).toList());
		Map<UUID, String> vendorNames = vendors.activeNames(organisation,
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
		records.matrix(organisation)
			.forEach(c -> matrix.computeIfAbsent(c.activity(), k -> new TreeMap<>()).put(c.role(), c.letter()));
		return new RolePlanView(roles(organisation), matrix, version(organisation));
	}

	/**
	 * Replaces the whole plan; roles left out are retired (the default roles cannot be
	 * left out).
	 */
	@Transactional
	public RolePlanView replace(Actor by, RolePlanInput input) {
		Editors.requireRolePlanEditor(by);
		OrganisationId organisation = by.organisation();
		records.ensurePlan(organisation);
		long current = version(organisation);
		if (input.version() != null && input.version() != current) {
			throw new OptimisticLockingFailureException("role plan changed since version " + input.version());
		}
		List<String> builtin = records.builtinCodes(organisation);
		new RolePlanRules(id -> users.exists(organisation, id), id -> activeVendor(organisation, id), builtin)
			.check(input);
		Instant now = Instant.now(clock);
		writeRoles(organisation, input, now);
		writeMembers(organisation, input);
		writeMatrix(organisation, input);
		if (!records.advance(organisation, current, now)) {
			throw new OptimisticLockingFailureException("role plan changed meanwhile");
		}
		long cells = input.matrix()
			.values()
			.stream()
			.flatMap(r -> r.values().stream())
			.filter(l -> l != null && !l.isBlank())
			.count();
		events.publishEvent(AuditEvent.by(organisation, by.username(), by.id())
			.did("ROLE_PLAN_REPLACED")
			.on("ROLE_PLAN", organisation)
			.with("roles", input.roles().size())
			.with("cells", cells)
			.summary(input.roles().size() + " roles, " + cells + " matrix entries")
			.at(now));
		events.publishEvent(new RolePlanChanged(organisation));
		return plan(organisation);
	}

	private void writeRoles(OrganisationId organisation, RolePlanInput input, Instant now) {
		Set<String> existing = Set.copyOf(records.codes(organisation, false));
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < input.roles().size(); i++) {
			RolePlanInput.RoleInput role = input.roles().get(i);
			String code = role.code().strip();
			kept.add(code);
			String ja = role.nameJa().strip();
			String en = UserAccounts.clean(role.nameEn()) == null ? ja : role.nameEn().strip();
			int sort = role.sortOrder() == null ? (i + 1) * 10 : role.sortOrder();
			records.putRole(organisation, existing.contains(code), code, ja, en, sort);
		}
		for (String code : records.codes(organisation, true)) {
			if (!kept.contains(code)) {
				records.retire(organisation, code, now);
			}
		}
	}

	private void writeMembers(OrganisationId organisation, RolePlanInput input) {
		List<MemberRow> rows = new ArrayList<>();
		for (RolePlanInput.RoleInput role : input.roles()) {
			List<RolePlanInput.AssigneeInput> members = new ArrayList<>();
			members.add(role.primary());
			members.addAll(role.deputies());
			for (int order = 0; order < members.size(); order++) {
				RolePlanInput.AssigneeInput m = members.get(order);
				if (m == null || m.id() == null) {
					continue;
				}
				rows.add(new MemberRow(role.code().strip(), order, m.kind(), m.id()));
			}
		}
		records.replaceMembers(organisation, rows);
	}

	private void writeMatrix(OrganisationId organisation, RolePlanInput input) {
		List<Cell> cells = new ArrayList<>();
		input.matrix().forEach((activity, row) -> row.forEach((role, letter) -> {
			if (letter != null && !letter.isBlank()) {
				cells.add(new Cell(activity, role, letter.strip()));
			}
		}));
		records.replaceMatrix(organisation, cells);
	}

	private long version(OrganisationId organisation) {
		return records.version(organisation);
	}

	private boolean activeVendor(OrganisationId organisation, UUID id) {
		return !vendors.activeNames(organisation, List.of(id)).isEmpty();
	}

}
