package jp.hikeshi.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.intake.AlertCounts;
import jp.hikeshi.intake.AlertFilter;
import jp.hikeshi.intake.AlertLine;
import jp.hikeshi.intake.AlertState;
import jp.hikeshi.intake.AlertView;
import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.intake.Severity;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alert queue as a read model, and loading and saving the desk's decisions. Every
 * list query walks one index in order and stops at the page; counts stop at
 * {@link AlertCounts#CAP}.
 */
@Component
public class AlertQueries {

	private static final String LINE = "id, source, source_ref, title, severity, occurred_at, first_seen_at, last_seen_at, "
			+ "seen_count, state, related, report_id, incident_id, incident_number";

	private final JdbcClient jdbc;

	AlertQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<AlertLine> page(OrganisationId org, AlertFilter filter, PageRequest page) {
		return page(org, filter, page, null);
	}

	/**
	 * A page whose lane count is known already (from {@link #counts}), so that it is not
	 * counted twice.
	 */
	public PageOf<AlertLine> page(OrganisationId org, AlertFilter filter, PageRequest page, Long laneCount) {
		List<AlertLine> items = bind(jdbc.sql("SELECT " + LINE + " FROM alert" + where(filter)
				+ " ORDER BY last_seen_at DESC, id DESC LIMIT :limit OFFSET :offset"), org, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AlertQueries::line)
			.list();
		long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty()) ? page.offset() + items.size()
				: Math.max(laneCount != null ? laneCount : count(org, filter), page.offset() + items.size());
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/**
	 * Every lane's capped count in one statement (one round trip instead of one per
	 * lane).
	 */
	public AlertCounts counts(OrganisationId org, AlertFilter filter) {
		AlertFilter.Lane[] lanes = AlertFilter.Lane.values();
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < lanes.length; i++) {
			sql.append(i == 0 ? "" : ", ")
				.append("(SELECT COUNT(*) FROM (SELECT 1 FROM alert")
				.append(where(filter.inLane(lanes[i])))
				.append(" LIMIT ")
				.append(AlertCounts.CAP)
				.append(") c")
				.append(i)
				.append(") AS n")
				.append(i);
		}
		return bind(jdbc.sql(sql.toString()), org, filter).query(rs -> {
			rs.next();
			Map<AlertFilter.Lane, Long> counts = new EnumMap<>(AlertFilter.Lane.class);
			for (int i = 0; i < lanes.length; i++) {
				counts.put(lanes[i], rs.getLong(i + 1));
			}
			return new AlertCounts(counts);
		});
	}

	private long count(OrganisationId org, AlertFilter filter) {
		return bind(jdbc
			.sql("SELECT COUNT(*) FROM (SELECT 1 FROM alert" + where(filter) + " LIMIT " + AlertCounts.CAP + ") c"),
				org, filter)
			.query(Long.class)
			.single();
	}

	public Optional<AlertView> view(OrganisationId org, UUID id) {
		return jdbc
			.sql("SELECT " + LINE + ", raw_payload, dismissed_reason, decided_by_name, decided_at FROM alert "
					+ "WHERE organisation_id = :org AND id = :id")
			.param("org", org.value())
			.param("id", id)
			.query((rs, n) -> {
				AlertLine l = line(rs, n);
				return new AlertView(l.id(), l.source(), l.sourceRef(), l.title(), l.severity(), l.occurredAt(),
						l.firstSeenAt(), l.lastSeenAt(), l.seenCount(), l.state(), l.related(),
						observables(List.of(l.id())).getOrDefault(l.id(), List.of()), rs.getString("raw_payload"),
						l.reportId(), rs.getString("dismissed_reason"), rs.getString("decided_by_name"),
						instant(rs, "decided_at"), l.incidentId(), l.incidentNumber());
			})
			.optional();
	}

	/**
	 * The alerts of the organisation with the given ids, for a decision; unknown ids are
	 * simply absent.
	 */
	public Map<UUID, Alert> load(OrganisationId org, Collection<UUID> ids) {
		Map<UUID, List<ObservableInput>> observables = observables(ids);
		Map<UUID, Alert> alerts = new HashMap<>();
		jdbc.sql("SELECT " + LINE + " FROM alert WHERE organisation_id = :org AND id IN (:ids)")
			.param("org", org.value())
			.param("ids", ids)
			.query(AlertQueries::line)
			.list()
			.forEach(l -> alerts.put(l.id(),
					new Alert(l.id(), org, l.source(), l.sourceRef(), l.title(), l.severity(), l.occurredAt(),
							l.firstSeenAt(), l.lastSeenAt(), l.seenCount(), observables.getOrDefault(l.id(), List.of()),
							l.state())));
		return alerts;
	}

	/** Saves a decision unless someone else decided first. */
	public void saveDecision(Alert alert) {
		int changed = jdbc.sql("UPDATE alert SET state = :state, report_id = :report, dismissed_reason = :reason, "
				+ "incident_id = :incident, incident_number = :incidentNumber, decided_by_name = :by, decided_at = :at "
				+ "WHERE id = :id AND state = 'NEW'")
			.param("state", alert.state().name())
			.param("report", alert.reportId())
			.param("reason", alert.dismissedReason())
			.param("incident", alert.incidentId())
			.param("incidentNumber", alert.incidentNumber())
			.param("by", alert.decidedByName())
			.param("at", alert.decidedAt().atOffset(ZoneOffset.UTC))
			.param("id", alert.id())
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("alert " + alert.id() + " was decided meanwhile");
		}
		if (alert.state() == AlertState.DISMISSED) {
			// Flagging related alerts reads the dismissed mark from the clue index (see
			// AlertStore.flagRelated).
			jdbc.sql("UPDATE alert_observable SET dismissed = TRUE WHERE alert_id = :id")
				.param("id", alert.id())
				.update();
		}
	}

	private Map<UUID, List<ObservableInput>> observables(Collection<UUID> ids) {
		Map<UUID, List<ObservableInput>> result = new HashMap<>();
		jdbc.sql(
				"SELECT alert_id, kind, normalised_value FROM alert_observable WHERE alert_id IN (:ids) ORDER BY kind, normalised_value")
			.param("ids", ids)
			.query(rs -> {
				result.computeIfAbsent(rs.getObject("alert_id", UUID.class), k -> new ArrayList<>())
					.add(new ObservableInput(rs.getString("kind"), rs.getString("normalised_value")));
			});
		return result;
	}

	private static String where(AlertFilter filter) {
		StringBuilder where = new StringBuilder(" WHERE organisation_id = :org");
		switch (filter.lane()) {
			case RELATED -> where.append(" AND related = TRUE AND state = 'NEW'");
			// the lane is an enum constant, never text from the request
			default -> where.append(" AND state = '").append(filter.lane().name()).append("'");
		}
		if (filter.incident() != null) {
			where.append(" AND incident_id = :incident");
		}
		if (filter.source() != null) {
			where.append(" AND source = :source");
		}
		if (filter.severity() != null) {
			where.append(" AND severity = :severity");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrganisationId org,
			AlertFilter filter) {
		spec = spec.param("org", org.value());
		if (filter.incident() != null) {
			spec = spec.param("incident", filter.incident());
		}
		if (filter.source() != null) {
			spec = spec.param("source", filter.source());
		}
		if (filter.severity() != null) {
			spec = spec.param("severity", filter.severity().name());
		}
		return spec;
	}

	private static AlertLine line(ResultSet rs, int n) throws SQLException {
		return new AlertLine(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("source_ref"),
				rs.getString("title"), Severity.valueOf(rs.getString("severity")), instant(rs, "occurred_at"),
				instant(rs, "first_seen_at"), instant(rs, "last_seen_at"), rs.getLong("seen_count"),
				AlertState.valueOf(rs.getString("state")), rs.getBoolean("related"),
				rs.getObject("report_id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getString("incident_number"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
