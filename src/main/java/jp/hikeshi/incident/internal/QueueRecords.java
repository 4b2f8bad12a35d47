package jp.hikeshi.incident.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.IncidentSummary;
import jp.hikeshi.incident.Priority;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.QueueFilter;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue as a read model (TRI-2 "rank multiple incidents"): open incidents by
 * priority, then oldest first, each page one range scan of an index on (organisation,
 * open_queue, priority, opened_at, id).
 */
@Component
public class QueueRecords {

	private static final Map<IncidentProcess, String> PROCESS_COLUMNS = Map.of(IncidentProcess.DETECTION,
			"detection_state", IncidentProcess.TRIAGE, "triage_state", IncidentProcess.RESPONSE, "response_state",
			IncidentProcess.REPORTING, "reporting_state");

	private final JdbcClient jdbc;

	private final OpenCounts openCounts;

	QueueRecords(JdbcClient jdbc, OpenCounts openCounts) {
		this.jdbc = jdbc;
		this.openCounts = openCounts;
	}

	/**
	 * The id of the organisation's incident with the given number (INC-2026-0001), if
	 * there is one.
	 */
	public Optional<UUID> idOf(OrganisationId organisation, String number) {
		return jdbc.sql("SELECT id FROM incident WHERE organisation_id = ? AND number = ?")
			.params(organisation.value(), number)
			.query(UUID.class)
			.optional();
	}

	/** The number of the organisation's incident with the given id, if it has one. */
	public Optional<String> numberOf(OrganisationId organisation, UUID id) {
		return jdbc.sql("SELECT number FROM incident WHERE id = ? AND organisation_id = ?")
			.params(id, organisation.value())
			.query(String.class)
			.optional();
	}

	public PageOf<IncidentSummary> page(OrganisationId organisation, QueueFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE organisation_id = :org AND open_queue = :open");
		if (filter.category() != null) {
			where.append(" AND category = :category");
		}
		if (filter.commanderId() != null) {
			where.append(" AND commander_id = :commander");
		}
		if (filter.process() != null && filter.processState() != null) {
			// the column name comes from the enum map above, never from the request
			where.append(" AND ").append(PROCESS_COLUMNS.get(filter.process())).append(" = :processState");
		}
		// The page's ids come from the queue index alone (OFFSET skips index entries, not
		// table rows); only the
		// page's rows are then read from the table.
		List<IncidentSummary> items = bind(jdbc
			.sql("""
					SELECT i.id, i.number, i.title, i.category, i.urgency, i.severity, i.priority, i.state, i.detection_state,
					       i.triage_state, i.response_state, i.reporting_state, i.commander_id, i.commander_name, i.opened_at
					FROM incident i JOIN (SELECT id FROM incident"""
					+ where + " ORDER BY " + order(filter)
					+ " LIMIT :limit OFFSET :offset) page ON page.id = i.id ORDER BY i.priority, i.opened_at, i.id"),
				organisation, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(QueueRecords::summary)
			.list();
		boolean wholeOpenQueue = !filter.closed() && filter.category() == null && filter.commanderId() == null
				&& (filter.process() == null || filter.processState() == null);
		long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty()) ? page.offset() + items.size()
				: wholeOpenQueue ? openCounts.open(organisation)
						: bind(jdbc.sql("SELECT COUNT(*) FROM incident" + where), organisation, filter)
							.query(Long.class)
							.single();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/**
	 * The open or closed incidents shared with a vendor, in queue order (a VENDOR
	 * account's queue).
	 */
	public PageOf<IncidentSummary> sharedWith(OrganisationId organisation, java.util.UUID vendorId, boolean closed,
			PageRequest page) {
		String from = """
				 FROM incident i JOIN incident_participant p ON p.incident_id = i.id
				WHERE p.vendor_id = :vendor AND i.organisation_id = :org AND i.open_queue = :open""";
		List<IncidentSummary> items = jdbc
			.sql("""
					SELECT i.id, i.number, i.title, i.category, i.urgency, i.severity, i.priority, i.state, i.detection_state,
					       i.triage_state, i.response_state, i.reporting_state, i.commander_id, i.commander_name, i.opened_at"""
					+ from + " ORDER BY i.priority, i.opened_at, i.id LIMIT :limit OFFSET :offset")
			.param("vendor", vendorId)
			.param("org", organisation.value())
			.param("open", !closed)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(QueueRecords::summary)
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + from)
			.param("vendor", vendorId)
			.param("org", organisation.value())
			.param("open", !closed)
			.query(Long.class)
			.single();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/**
	 * Priority, then oldest first ({@code priority, opened_at, id}), spelled with the
	 * leading columns of the matching queue index that the WHERE clause fixes by
	 * equality. Those columns are constant among the rows, so the order is the same;
	 * spelled out, H2 also reads the index in order and stops after the page instead of
	 * sorting every open incident (PostgreSQL does so either way).
	 */
	private static String order(QueueFilter filter) {
		String prefix = filter.commanderId() != null ? "commander_id, open_queue, " : filter.category() != null
				? "organisation_id, category, open_queue, " : "organisation_id, open_queue, ";
		return prefix + "priority, opened_at, id";
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrganisationId organisation,
			QueueFilter filter) {
		spec = spec.param("org", organisation.value()).param("open", !filter.closed());
		if (filter.category() != null) {
			spec = spec.param("category", filter.category());
		}
		if (filter.commanderId() != null) {
			spec = spec.param("commander", filter.commanderId());
		}
		if (filter.process() != null && filter.processState() != null) {
			spec = spec.param("processState", filter.processState().name());
		}
		return spec;
	}

	private static IncidentSummary summary(ResultSet rs, int n) throws SQLException {
		Map<IncidentProcess, ProcessState> processes = new EnumMap<>(IncidentProcess.class);
		for (IncidentProcess process : IncidentProcess.values()) {
			processes.put(process, ProcessState.valueOf(rs.getString(PROCESS_COLUMNS.get(process))));
		}
		return new IncidentSummary(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
				rs.getString("category"), Urgency.valueOf(rs.getString("urgency")), rs.getString("severity"),
				new Priority(rs.getInt("priority")).label(), IncidentState.valueOf(rs.getString("state")), processes,
				rs.getObject("commander_id", UUID.class), rs.getString("commander_name"),
				rs.getObject("opened_at", OffsetDateTime.class).toInstant());
	}

}
