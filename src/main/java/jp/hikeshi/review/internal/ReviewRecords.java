package jp.hikeshi.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.review.IncidentReview;
import jp.hikeshi.review.ReviewOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes reviews, their revisions and their prevention measures. */
@Component
public class ReviewRecords {

	private static final int MEASURE_LIMIT = 200;

	private final JdbcClient jdbc;

	ReviewRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The review's own columns as stored. */
	public record Stored(UUID incidentId, UUID organisationId, ReviewOutcome outcome, String rootCause, String wentWell,
			String wentBadly, int revision, String reviewedBy, Instant reviewedAt) {
	}

	public boolean exists(UUID organisationId, UUID incidentId) {
		return jdbc.sql("SELECT COUNT(*) FROM incident_review WHERE incident_id = ? AND organisation_id = ?")
			.params(incidentId, organisationId)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Stored> find(UUID organisationId, UUID incidentId) {
		return jdbc.sql("SELECT * FROM incident_review WHERE incident_id = ? AND organisation_id = ?")
			.params(incidentId, organisationId)
			.query((rs, n) -> new Stored(rs.getObject("incident_id", UUID.class),
					rs.getObject("organisation_id", UUID.class), ReviewOutcome.valueOf(rs.getString("outcome")),
					rs.getString("root_cause"), rs.getString("went_well"), rs.getString("went_badly"),
					rs.getInt("revision"), rs.getString("reviewed_by"), instant(rs, "reviewed_at")))
			.optional();
	}

	/**
	 * Writes revision {@code r.revision()}; false when another writer stored that
	 * revision first.
	 */
	public boolean save(Stored r, UUID reviewedById, String measuresAsText) {
		boolean written = r.revision() == 1
				? jdbc
					.sql("""
							INSERT INTO incident_review (incident_id, organisation_id, outcome, root_cause, went_well, went_badly,
							    revision, reviewed_by_id, reviewed_by, reviewed_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
					.params(r.incidentId(), r.organisationId(), r.outcome().name(), r.rootCause(), r.wentWell(),
							r.wentBadly(), r.revision(), reviewedById, r.reviewedBy(), utc(r.reviewedAt()))
					.update() > 0
				: jdbc
					.sql("""
							UPDATE incident_review SET outcome = ?, root_cause = ?, went_well = ?, went_badly = ?, revision = ?,
							    reviewed_by_id = ?, reviewed_by = ?, reviewed_at = ?
							WHERE incident_id = ? AND organisation_id = ? AND revision = ?""")
					.params(r.outcome().name(), r.rootCause(), r.wentWell(), r.wentBadly(), r.revision(), reviewedById,
							r.reviewedBy(), utc(r.reviewedAt()), r.incidentId(), r.organisationId(), r.revision() - 1)
					.update() > 0;
		if (written) {
			jdbc.sql(
					"""
							INSERT INTO incident_review_revision (incident_id, revision, organisation_id, outcome, root_cause, went_well,
							    went_badly, measures, reviewed_by, reviewed_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(r.incidentId(), r.revision(), r.organisationId(), r.outcome().name(), r.rootCause(),
						r.wentWell(), r.wentBadly(), measuresAsText, r.reviewedBy(), utc(r.reviewedAt()))
				.update();
		}
		return written;
	}

	/** The measures still on the review, in their order. */
	public List<IncidentReview.Measure> measures(UUID incidentId) {
		return jdbc
			.sql("SELECT * FROM review_measure WHERE incident_id = ? AND NOT withdrawn ORDER BY position LIMIT "
					+ MEASURE_LIMIT)
			.param(incidentId)
			.query((rs, n) -> new IncidentReview.Measure(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getObject("owner_id", UUID.class), AssigneeKind.valueOf(rs.getString("owner_kind")),
					rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("task_id", UUID.class)))
			.list();
	}

	public void saveMeasure(UUID organisationId, UUID incidentId, int position, IncidentReview.Measure m) {
		int updated = jdbc
			.sql("""
					UPDATE review_measure SET position = ?, text = ?, owner_kind = ?, owner_id = ?, owner_name = ?, due_on = ?,
					    task_id = ?, withdrawn = FALSE
					WHERE id = ? AND incident_id = ?""")
			.params(position, m.text(), m.ownerKind().name(), m.owner(), m.ownerName(), m.due(), m.taskId(), m.id(),
					incidentId)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"""
							INSERT INTO review_measure (id, organisation_id, incident_id, position, text, owner_kind, owner_id, owner_name,
							    due_on, task_id, withdrawn)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
				.params(m.id(), organisationId, incidentId, position, m.text(), m.ownerKind().name(), m.owner(),
						m.ownerName(), m.due(), m.taskId())
				.update();
		}
	}

	public void withdraw(UUID measureId) {
		jdbc.sql("UPDATE review_measure SET withdrawn = TRUE WHERE id = ?").param(measureId).update();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
