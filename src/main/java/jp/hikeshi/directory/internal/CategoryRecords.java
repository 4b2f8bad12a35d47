package jp.hikeshi.directory.internal;

import java.util.List;

import jp.hikeshi.directory.Category;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored event categories of each organisation, one row per code. */
@Component
public class CategoryRecords {

	private final JdbcClient jdbc;

	CategoryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> all(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM event_category WHERE organisation_id = ? ORDER BY sort_order, code")
			.param(organisation.value())
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en"),
					rs.getString("rsit"), rs.getBoolean("active"), rs.getInt("sort_order")))
			.list();
	}

	/** Writes the category under its code: the existing row, or a new one. */
	public void store(OrganisationId organisation, Category category, boolean existing) {
		if (existing) {
			jdbc.sql("""
					UPDATE event_category SET name_ja = ?, name_en = ?, rsit = ?, active = ?, sort_order = ?
					WHERE organisation_id = ? AND code = ?""")
				.params(category.nameJa(), category.nameEn(), category.rsit(), category.active(), category.sortOrder(),
						organisation.value(), category.code())
				.update();
		}
		else {
			jdbc.sql("""
					INSERT INTO event_category (organisation_id, code, name_ja, name_en, rsit, active, sort_order)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(organisation.value(), category.code(), category.nameJa(), category.nameEn(), category.rsit(),
						category.active(), category.sortOrder())
				.update();
		}
	}

}
