package jp.hikeshi.incident.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.incident.Priority;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open incidents per priority as counters, moved in the same transaction as the incident
 * they count. Reading a handful of rows keeps the home page and the queue's total fast
 * however many incidents are open.
 */
@Component
public class OpenCounts {

	private final JdbcClient jdbc;

	OpenCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where an incident stands in the counts: open or not, and at which priority. */
	public record Slot(boolean open, int priority) {
	}

	/**
	 * The incident's slot as stored now (before its update is written), or null for a new
	 * incident.
	 */
	public Slot stored(UUID incidentId) {
		return jdbc.sql("SELECT open_queue, priority FROM incident WHERE id = ?")
			.param(incidentId)
			.query((rs, n) -> new Slot(rs.getBoolean("open_queue"), rs.getInt("priority")))
			.optional()
			.orElse(null);
	}

	/** Moves the counts from where the incident stood to where it stands now. */
	public void moved(OrganisationId organisation, Slot before, Slot after) {
		if (before != null && after != null && before.equals(after)) {
			return;
		}
		if (before != null && before.open()) {
			add(organisation, before.priority(), -1);
		}
		if (after != null && after.open()) {
			add(organisation, after.priority(), 1);
		}
	}

	public Map<String, Long> perPriority(OrganisationId organisation) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int p = Priority.HIGHEST; p <= Priority.LOWEST; p++) {
			counts.put(new Priority(p).label(), 0L);
		}
		jdbc.sql("SELECT priority, open_count FROM incident_open_count WHERE organisation_id = ?")
			.param(organisation.value())
			.query((rs, n) -> Map.entry(new Priority(rs.getInt("priority")).label(), rs.getLong("open_count")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	public long open(OrganisationId organisation) {
		return jdbc.sql("SELECT COALESCE(SUM(open_count), 0) FROM incident_open_count WHERE organisation_id = ?")
			.param(organisation.value())
			.query(Long.class)
			.single();
	}

	private void add(OrganisationId organisation, int priority, int delta) {
		jdbc.sql("""
				INSERT INTO incident_open_count (organisation_id, priority, open_count) VALUES (?, ?, 0)
				ON CONFLICT DO NOTHING""").params(organisation.value(), priority).update();
		jdbc.sql(
				"UPDATE incident_open_count SET open_count = open_count + ? WHERE organisation_id = ? AND priority = ?")
			.params(delta, organisation.value(), priority)
			.update();
	}

}
