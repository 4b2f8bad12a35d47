package jp.hikeshi.intake.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jp.hikeshi.intake.AlertSubmission;
import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The alert hot path in batch statements. Insert-or-increment is portable between H2 and PostgreSQL:
 * increment the rows that exist, insert the rest with {@code ON CONFLICT DO NOTHING}, and increment again
 * whatever a concurrent poster inserted in between. The unique constraint decides every race; keys are
 * handled in sorted order so that two batches lock rows in the same order.
 */
@Component
public class AlertStore {

	private static final int CHUNK = 500;
	private static final String INCREMENT = "UPDATE alert SET seen_count = seen_count + ?, last_seen_at = GREATEST(last_seen_at, ?) "
			+ "WHERE organisation_id = ? AND source = ? AND source_ref = ?";
	private static final String INSERT = "INSERT INTO alert (id, organisation_id, source, source_ref, title, severity, occurred_at, "
			+ "first_seen_at, last_seen_at, seen_count, state, related, raw_payload, received_by) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', FALSE, ?, ?) ON CONFLICT DO NOTHING";

	private final JdbcTemplate jdbc;
	private final NamedParameterJdbcTemplate named;

	AlertStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** The de-duplication key: the alert's identity at the tool that raised it. */
	public record Key(String source, String sourceRef) implements Comparable<Key> {

		public static Key of(AlertSubmission a) {
			return new Key(a.source(), a.sourceRef());
		}

		@Override
		public int compareTo(Key o) {
			int c = source.compareTo(o.source);
			return c != 0 ? c : sourceRef.compareTo(o.sourceRef);
		}
	}

	/** What the store did with one key. */
	public record Stored(UUID id, boolean created, long seenCount) {
	}

	/** Records normalised alerts inside the caller's transaction; repeats within the batch count as sightings. */
	public Map<Key, Stored> record(OrganisationId org, UUID receivedBy, List<AlertSubmission> alerts, Instant now) {
		TreeMap<Key, AlertSubmission> first = new TreeMap<>();
		Map<Key, Integer> sightings = new HashMap<>();
		for (AlertSubmission a : alerts) {
			first.putIfAbsent(Key.of(a), a);
			sightings.merge(Key.of(a), 1, Integer::sum);
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Map<Key, UUID> created = new LinkedHashMap<>();
		List<Key> pending = new ArrayList<>(first.keySet());
		while (!pending.isEmpty()) {
			int[] updated = jdbc.batchUpdate(INCREMENT, pending.stream()
				.map(k -> new Object[] { sightings.get(k), at, org.value(), k.source(), k.sourceRef() }).toList());
			List<Key> missing = new ArrayList<>();
			for (int i = 0; i < updated.length; i++) {
				if (updated[i] == 0) {
					missing.add(pending.get(i));
				}
			}
			List<UUID> ids = missing.stream().map(k -> UUID.randomUUID()).toList();
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < missing.size(); i++) {
				AlertSubmission a = first.get(missing.get(i));
				rows.add(new Object[] { ids.get(i), org.value(), a.source(), a.sourceRef(), a.title(), a.severity().name(),
						a.occurredAt().atOffset(ZoneOffset.UTC), at, at, sightings.get(missing.get(i)),
						new SqlParameterValue(Types.VARCHAR, a.raw()), receivedBy });
			}
			int[] inserted = missing.isEmpty() ? new int[0] : jdbc.batchUpdate(INSERT, rows);
			pending = new ArrayList<>();
			for (int i = 0; i < inserted.length; i++) {
				if (inserted[i] == 0) {
					pending.add(missing.get(i));
				}
				else {
					created.put(missing.get(i), ids.get(i));
				}
			}
		}
		Map<Key, Stored> result = new HashMap<>();
		created.forEach((k, id) -> result.put(k, new Stored(id, true, sightings.get(k))));
		List<Key> repeated = first.keySet().stream().filter(k -> !created.containsKey(k)).toList();
		result.putAll(lookUp(org, repeated));
		Map<UUID, List<ObservableInput>> observables = new LinkedHashMap<>();
		created.forEach((k, id) -> observables.put(id, first.get(k).observables()));
		addObservables(org, observables);
		return result;
	}

	private Map<Key, Stored> lookUp(OrganisationId org, List<Key> keys) {
		Map<String, List<String>> bySource = new TreeMap<>();
		keys.forEach(k -> bySource.computeIfAbsent(k.source(), s -> new ArrayList<>()).add(k.sourceRef()));
		Map<Key, Stored> found = new HashMap<>();
		bySource.forEach((source, refs) -> {
			for (int from = 0; from < refs.size(); from += CHUNK) {
				named.query("SELECT id, source_ref, seen_count FROM alert WHERE organisation_id = :org AND source = :source "
						+ "AND source_ref IN (:refs)", new MapSqlParameterSource("org", org.value()).addValue("source", source)
					.addValue("refs", refs.subList(from, Math.min(refs.size(), from + CHUNK))),
						rs -> {
							found.put(new Key(source, rs.getString("source_ref")),
									new Stored(rs.getObject("id", UUID.class), false, rs.getLong("seen_count")));
						});
			}
		});
		return found;
	}

	/**
	 * Stores the observables of new alerts and flags as related every open or promoted alert that shares one
	 * with another. Two batches committing at the same moment cannot see each other's observables; the next
	 * alert carrying the same clue then flags them all.
	 */
	private void addObservables(OrganisationId org, Map<UUID, List<ObservableInput>> byAlert) {
		List<Object[]> rows = new ArrayList<>();
		Set<String> values = new TreeSet<>();
		byAlert.forEach((id, list) -> list.forEach(o -> {
			rows.add(new Object[] { id, org.value(), o.type(), o.value() });
			values.add(o.value());
		}));
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("INSERT INTO alert_observable (alert_id, organisation_id, kind, normalised_value) VALUES (?, ?, ?, ?)", rows);
		Map<ObservableInput, Set<UUID>> holders = new HashMap<>();
		Set<UUID> alreadyRelated = new HashSet<>();
		List<String> all = new ArrayList<>(values);
		for (int from = 0; from < all.size(); from += CHUNK) {
			named.query("SELECT o.alert_id, o.kind, o.normalised_value, a.related FROM alert_observable o "
					+ "JOIN alert a ON a.id = o.alert_id WHERE o.organisation_id = :org AND o.normalised_value IN (:values) "
					+ "AND a.state <> 'DISMISSED'", new MapSqlParameterSource("org", org.value())
				.addValue("values", all.subList(from, Math.min(all.size(), from + CHUNK))), rs -> {
					UUID id = rs.getObject("alert_id", UUID.class);
					holders.computeIfAbsent(new ObservableInput(rs.getString("kind"), rs.getString("normalised_value")),
							k -> new HashSet<>()).add(id);
					if (rs.getBoolean("related")) {
						alreadyRelated.add(id);
					}
				});
		}
		TreeSet<UUID> toFlag = new TreeSet<>();
		holders.values().stream().filter(ids -> ids.size() > 1).forEach(toFlag::addAll);
		toFlag.removeAll(alreadyRelated);
		List<UUID> flag = new ArrayList<>(toFlag);
		for (int from = 0; from < flag.size(); from += CHUNK) {
			named.update("UPDATE alert SET related = TRUE WHERE id IN (:ids) AND related = FALSE",
					new MapSqlParameterSource("ids", flag.subList(from, Math.min(flag.size(), from + CHUNK))));
		}
	}
}
