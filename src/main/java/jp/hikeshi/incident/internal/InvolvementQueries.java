package jp.hikeshi.incident.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.IncidentLabel;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.Priority;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open incidents a person commands or handles, or a vendor shares, and incident
 * labels by id — each a LIMITed walk of one index (ix_incident_queue_commander,
 * ix_incident_handler_user, ix_incident_participant_recent), never a count or sort of
 * every incident.
 */
@Component
public class InvolvementQueries {

	private static final int HANDLED = 200;

	private static final String COLUMNS = "SELECT i.id, i.number, i.title, i.priority, i.state, i.opened_at FROM incident i";

	private final JdbcClient jdbc;

	InvolvementQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open incidents the user commands, in queue order (priority, then oldest first).
	 */
	public List<IncidentLabel> commandedBy(UUID organisationId, UUID userId, int limit) {
		return jdbc
			.sql(COLUMNS + " WHERE i.commander_id = ? AND i.open_queue = TRUE AND i.organisation_id = ?"
					+ " ORDER BY i.commander_id, i.open_queue, i.priority, i.opened_at, i.id LIMIT " + limit)
			.params(userId, organisationId)
			.query(InvolvementQueries::label)
			.list();
	}

	/**
	 * The open incidents the user is a handler of, by priority, among the first
	 * {@value #HANDLED} they were named for: the names come from ix_incident_handler_user
	 * first (a join let H2 walk every open incident instead).
	 */
	public List<IncidentLabel> handledBy(UUID organisationId, UUID userId, int limit) {
		return jdbc.sql(COLUMNS + " WHERE i.id IN (SELECT h.incident FROM incident_handler h WHERE h.user_id = ? LIMIT "
				+ HANDLED
				+ ") AND i.open_queue = TRUE AND i.organisation_id = ? ORDER BY i.priority, i.opened_at, i.id LIMIT "
				+ limit)
			.params(userId, organisationId)
			.query(InvolvementQueries::label)
			.list();
	}

	/** The open incidents shared with the vendor, the most recently shared first. */
	public List<IncidentLabel> sharedWith(UUID organisationId, UUID vendorId, int limit) {
		return jdbc
			.sql(COLUMNS + " JOIN incident_participant p ON p.incident_id = i.id"
					+ " WHERE p.vendor_id = ? AND i.open_queue = TRUE AND i.organisation_id = ?"
					+ " ORDER BY p.vendor_id DESC, p.shared_at DESC, p.incident_id DESC LIMIT " + limit)
			.params(vendorId, organisationId)
			.query(InvolvementQueries::label)
			.list();
	}

	public List<IncidentLabel> labels(UUID organisationId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " WHERE i.id IN (:ids) AND i.organisation_id = :org")
			.param("ids", List.copyOf(ids))
			.param("org", organisationId)
			.query(InvolvementQueries::label)
			.list();
	}

	private static IncidentLabel label(ResultSet rs, int n) throws SQLException {
		return new IncidentLabel(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
				new Priority(rs.getInt("priority")).label(), IncidentState.valueOf(rs.getString("state")),
				rs.getObject("opened_at", OffsetDateTime.class).toInstant());
	}

}
