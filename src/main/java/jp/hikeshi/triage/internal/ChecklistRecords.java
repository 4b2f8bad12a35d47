package jp.hikeshi.triage.internal;

import java.util.List;

import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.triage.CheckItem;
import jp.hikeshi.triage.CheckKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored check lists by category, and which shipped edition each list holds or
 * whether it was edited.
 */
@Component
public class ChecklistRecords {

	private final JdbcClient jdbc;

	ChecklistRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CheckItem> forCategory(OrganisationId organisation, String category) {
		return jdbc
			.sql("SELECT * FROM triage_check WHERE organisation_id = ? AND category = ? ORDER BY sort_order, code")
			.params(organisation.value(), category)
			.query((rs, n) -> new CheckItem(rs.getString("code"), CheckKind.valueOf(rs.getString("kind")),
					rs.getString("label_ja"), rs.getString("label_en"), rs.getInt("sort_order")))
			.list();
	}

	/** Replaces the category's items by these. */
	public void write(OrganisationId organisation, String category, List<CheckItem> items) {
		jdbc.sql("DELETE FROM triage_check WHERE organisation_id = ? AND category = ?")
			.params(organisation.value(), category)
			.update();
		for (CheckItem item : items) {
			jdbc.sql("""
					INSERT INTO triage_check (organisation_id, category, code, kind, label_ja, label_en, sort_order)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(organisation.value(), category, item.code(), item.kind().name(), item.labelJa().strip(),
						item.labelEn().strip(), item.sortOrder())
				.update();
		}
	}

	/**
	 * Marks the list as the organisation's own, so shipped editions never overwrite it.
	 */
	public void markEdited(OrganisationId organisation, String category) {
		if (jdbc.sql("UPDATE triage_check_shipped SET edited = TRUE WHERE organisation_id = ? AND category = ?")
			.params(organisation.value(), category)
			.update() == 0) {
			jdbc.sql(
					"INSERT INTO triage_check_shipped (organisation_id, category, edition, edited) VALUES (?, ?, 0, TRUE)")
				.params(organisation.value(), category)
				.update();
		}
	}

	/**
	 * Records the shipped edition for a category never recorded; whether it was recorded
	 * now.
	 */
	public boolean recordShipped(OrganisationId organisation, String category, int edition) {
		return jdbc.sql("""
				INSERT INTO triage_check_shipped (organisation_id, category, edition, edited)
				SELECT ?, ?, ?, FALSE WHERE NOT EXISTS
				  (SELECT 1 FROM triage_check_shipped WHERE organisation_id = ? AND category = ?)""")
			.params(organisation.value(), category, edition, organisation.value(), category)
			.update() == 1;
	}

	/**
	 * Moves an unedited list recorded at an older edition to this one; whether it moved.
	 */
	public boolean advanceEdition(OrganisationId organisation, String category, int edition) {
		return jdbc.sql("""
				UPDATE triage_check_shipped SET edition = ?
				WHERE organisation_id = ? AND category = ? AND edited = FALSE AND edition < ?""")
			.params(edition, organisation.value(), category, edition)
			.update() == 1;
	}

}
