package jp.hikeshi.directory.internal;

import java.util.List;

import jp.hikeshi.directory.OutsideBody;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored outside bodies of each organisation, one row per code. */
@Component
public class OutsideBodyRecords {

	private final JdbcClient jdbc;

	OutsideBodyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OutsideBody> all(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM outside_body WHERE organisation_id = ? ORDER BY sort_order, code")
			.param(organisation.value())
			.query((rs, n) -> new OutsideBody(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en"),
					rs.getString("purpose_ja"), rs.getString("purpose_en"), rs.getString("phone"),
					rs.getString("email"), rs.getString("url"), rs.getString("notes"), rs.getInt("sort_order"),
					rs.getLong("version")))
			.list();
	}

	/**
	 * Writes the body's details under its code: a new row, or the existing one with its
	 * version raised.
	 */
	public void store(OrganisationId organisation, OutsideBody body, boolean existing) {
		Object[] details = { body.nameJa(), body.nameEn(), body.purposeJa(), body.purposeEn(), body.phone(),
				body.email(), body.url(), body.notes(), body.sortOrder(), organisation.value(), body.code() };
		if (existing) {
			jdbc.sql(
					"""
							UPDATE outside_body SET name_ja = ?, name_en = ?, purpose_ja = ?, purpose_en = ?, phone = ?, email = ?,
							  url = ?, notes = ?, sort_order = ?, version = version + 1
							WHERE organisation_id = ? AND code = ?""")
				.params(details)
				.update();
		}
		else {
			jdbc.sql(
					"""
							INSERT INTO outside_body (name_ja, name_en, purpose_ja, purpose_en, phone, email, url, notes, sort_order,
							  organisation_id, code, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(details)
				.update();
		}
	}

}
