package jp.hikeshi.directory.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored role plan of each organisation: its roles, their members, the R/A/C/I matrix
 * and the plan's version.
 */
@Component
public class RolePlanRecords {

	/** A role in use as stored. */
	public record RoleRow(String code, Bilingual name, int sortOrder) {
	}

	/** A member of a role: order 0 is the primary, the others deputies. */
	public record MemberRow(String role, int order, AssigneeKind kind, UUID id) {
	}

	/** A letter of the matrix: the role's part in the activity. */
	public record Cell(String activity, String role, String letter) {
	}

	private final JdbcClient jdbc;

	RolePlanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The roles not retired, in order. */
	public List<RoleRow> roles(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT code, name_ja, name_en, sort_order FROM response_role
				WHERE organisation_id = ? AND retired_at IS NULL ORDER BY sort_order, code""")
			.param(organisation.value())
			.query((rs, n) -> new RoleRow(rs.getString("code"),
					new Bilingual(rs.getString("name_ja"), rs.getString("name_en")), rs.getInt("sort_order")))
			.list();
	}

	public List<MemberRow> members(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT role_code, member_order, kind, member_id FROM response_role_member
				WHERE organisation_id = ? ORDER BY role_code, member_order""")
			.param(organisation.value())
			.query((rs, n) -> new MemberRow(rs.getString("role_code"), rs.getInt("member_order"),
					AssigneeKind.valueOf(rs.getString("kind")), rs.getObject("member_id", UUID.class)))
			.list();
	}

	/** The matrix letters of the roles not retired. */
	public List<Cell> matrix(OrganisationId organisation) {
		return jdbc.sql("""
				SELECT a.activity, a.role_code, a.letter FROM role_activity a
				JOIN response_role r ON r.organisation_id = a.organisation_id AND r.code = a.role_code
				WHERE a.organisation_id = ? AND r.retired_at IS NULL""")
			.param(organisation.value())
			.query((rs, n) -> new Cell(rs.getString("activity"), rs.getString("role_code"),
					rs.getString("letter").trim()))
			.list();
	}

	/** The plan's version; 0 before it was first replaced. */
	public long version(OrganisationId organisation) {
		return jdbc.sql("SELECT version FROM role_plan WHERE organisation_id = ?")
			.param(organisation.value())
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/**
	 * Makes sure the plan's version row exists, so that replacing it can hold the
	 * version.
	 */
	public void ensurePlan(OrganisationId organisation) {
		jdbc.sql(
				"INSERT INTO role_plan (organisation_id, updated_at, version) VALUES (?, NULL, 0) ON CONFLICT DO NOTHING")
			.param(organisation.value())
			.update();
	}

	/** Raises the plan's version if it is still the given one; false when it moved on. */
	public boolean advance(OrganisationId organisation, long version, Instant now) {
		return jdbc
			.sql("UPDATE role_plan SET version = version + 1, updated_at = ? WHERE organisation_id = ? AND version = ?")
			.params(now.atOffset(ZoneOffset.UTC), organisation.value(), version)
			.update() > 0;
	}

	public List<String> builtinCodes(OrganisationId organisation) {
		return jdbc.sql("SELECT code FROM response_role WHERE organisation_id = ? AND builtin")
			.param(organisation.value())
			.query(String.class)
			.list();
	}

	/** Codes of the roles in use; with onlyActive false, retired ones too. */
	public List<String> codes(OrganisationId organisation, boolean onlyActive) {
		return jdbc
			.sql("SELECT code FROM response_role WHERE organisation_id = ?"
					+ (onlyActive ? " AND retired_at IS NULL" : ""))
			.param(organisation.value())
			.query(String.class)
			.list();
	}

	/**
	 * Writes a role: an existing one (retired or not) is renamed, reordered and back in
	 * use; a new one is added.
	 */
	public void putRole(OrganisationId organisation, boolean existing, String code, String ja, String en, int sort) {
		if (existing) {
			jdbc.sql(
					"UPDATE response_role SET name_ja = ?, name_en = ?, sort_order = ?, retired_at = NULL WHERE organisation_id = ? AND code = ?")
				.params(ja, en, sort, organisation.value(), code)
				.update();
		}
		else {
			jdbc.sql(
					"INSERT INTO response_role (organisation_id, code, name_ja, name_en, sort_order, builtin, retired_at) VALUES (?, ?, ?, ?, ?, FALSE, NULL)")
				.params(organisation.value(), code, ja, en, sort)
				.update();
		}
	}

	public void retire(OrganisationId organisation, String code, Instant now) {
		jdbc.sql("UPDATE response_role SET retired_at = ? WHERE organisation_id = ? AND code = ?")
			.params(now.atOffset(ZoneOffset.UTC), organisation.value(), code)
			.update();
	}

	public void replaceMembers(OrganisationId organisation, List<MemberRow> members) {
		jdbc.sql("DELETE FROM response_role_member WHERE organisation_id = ?").param(organisation.value()).update();
		for (MemberRow m : members) {
			jdbc.sql(
					"INSERT INTO response_role_member (organisation_id, role_code, member_order, kind, member_id) VALUES (?, ?, ?, ?, ?)")
				.params(organisation.value(), m.role(), m.order(), m.kind().name(), m.id())
				.update();
		}
	}

	public void replaceMatrix(OrganisationId organisation, List<Cell> cells) {
		jdbc.sql("DELETE FROM role_activity WHERE organisation_id = ?").param(organisation.value()).update();
		for (Cell c : cells) {
			jdbc.sql("INSERT INTO role_activity (organisation_id, activity, role_code, letter) VALUES (?, ?, ?, ?)")
				.params(organisation.value(), c.activity(), c.role(), c.letter())
				.update();
		}
	}

}
