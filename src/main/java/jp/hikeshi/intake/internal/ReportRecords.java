package jp.hikeshi.intake.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jp.hikeshi.intake.ReportStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes new reports with plain statements (the filing hot path; Spring Data JDBC's
 * generic save costs more than the database work here) and keeps the {@code report_count}
 * tally that {@link ReportQueries} sums.
 */
@Component
public class ReportRecords {

	static final int TALLY_SLOTS = 8;

	private static final String ADD = "UPDATE report_count SET reports = reports + ? WHERE organisation_id = ? AND status = ? AND category = ? AND slot = ?";

	private final JdbcTemplate jdbc;

	ReportRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the new report and its places, and counts it; answers the report, now
	 * stored.
	 */
	public Report insertNew(Report report) {
		jdbc.update(
				"""
						INSERT INTO report (id, organisation_id, number, status, detected_at, received_at, received_by, received_by_name,
						                    discoverer_name, discoverer_contact, reporter_name, reporter_contact, occurrence_precision,
						                    occurred_from, occurred_to, detection_place, category, channel, summary, description,
						                    created_at, needs_review, version)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
				report.newRow());
		List<Object[]> places = report.placeRows();
		if (!places.isEmpty()) {
			jdbc.batchUpdate(
					"INSERT INTO report_affected_place (report, place_index, asset_id, description) VALUES (?, ?, ?, ?)",
					places);
		}
		count(report.organisation().value(), report.status(), report.category(), 1);
		report.stored();
		return report;
	}

	/**
	 * Moves the report in the tally from the status it had to the one it has now; called
	 * in the transaction that saves the change. The two rows are always changed in the
	 * order of their statuses' names, so that two triages moving reports in opposite
	 * directions never wait for each other in a cycle.
	 */
	public void recount(Report report, ReportStatus before) {
		ReportStatus now = report.status();
		if (before == now) {
			return;
		}
		UUID organisation = report.organisation().value();
		if (before.name().compareTo(now.name()) < 0) {
			count(organisation, before, report.category(), -1);
			count(organisation, now, report.category(), 1);
		}
		else {
			count(organisation, now, report.category(), 1);
			count(organisation, before, report.category(), -1);
		}
	}

	/**
	 * Adds {@code delta} to a random slot of the organisation's tally row for a status
	 * and category, so that concurrent filings rarely wait for one another.
	 */
	private void count(UUID organisation, ReportStatus status, String category, int delta) {
		int slot = ThreadLocalRandom.current().nextInt(TALLY_SLOTS);
		if (jdbc.update(ADD, delta, organisation, status.name(), category, slot) == 0) {
			jdbc.update(
					"INSERT INTO report_count (organisation_id, status, category, slot, reports) VALUES (?, ?, ?, ?, 0) "
							+ "ON CONFLICT DO NOTHING",
					organisation, status.name(), category, slot);
			jdbc.update(ADD, delta, organisation, status.name(), category, slot);
		}
	}

}
