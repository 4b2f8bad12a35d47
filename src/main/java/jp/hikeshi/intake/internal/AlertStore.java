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
import jp.hikeshi.shared.TimeOrderedIds;

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

	/** What the store did with one key; a created alert carries its observables for {@link #flagRelated}. */
	public record Stored(UUID id, boolean created, long seenCount, List<ObservableInput> observables) {
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
			List<UUID> ids = missing.stream().map(k -> TimeOrderedIds.next()).toList();
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
		created.forEach((k, id) -> result.put(k, new Stored(id, true, sightings.get(k), first.get(k).observables())));
		List<Key> repeated = first.keySet().stream().filter(k -> !created.containsKey(k)).toList();
		result.putAll(lookUp(org, repeated));
		List<Object[]> rows = new ArrayList<>();
		created.forEach((k, id) -> first.get(k).observables()
			.forEach(o -> rows.add(new Object[] { id, org.value(), o.type(), o.value() })));
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO alert_observable (alert_id, organisation_id, kind, normalised_value) VALUES (?, ?, ?, ?)", rows);
		}
		return result;
	}

	private Map<Key, Stored> lookUp(OrganisationId org, List<Key> keys) {
		Map<String, List<String>> bySource = new TreeMap<>();
		keys.forEach(k -> bySource.computeIfAbsent(k.source(), s -> new ArrayList<>()).add(k.sourceRef()));
		Map<Key, Stored> found = new HashMap<>();
		bySource.forEach((source, refs) -> {
			for (int from = 0; from < refs.size(); from += CHUNK) {
				// A join with a VALUES list uses the whole unique key on both databases; an IN list on the key's
				// last column made H2 scan every alert of the source.
				List<Object[]> rows = refs.subList(from, Math.min(refs.size(), from + CHUNK)).stream()
					.map(ref -> new Object[] { ref }).toList();
				named.query("SELECT a.id, a.source_ref, a.seen_count FROM (VALUES :refs) AS v (ref) JOIN alert a "
						+ "ON a.organisation_id = :org AND a.source = :source AND a.source_ref = v.ref",
						new MapSqlParameterSource("org", org.value()).addValue("source", source).addValue("refs", rows),
						rs -> {
							found.put(new Key(source, rs.getString("source_ref")),
									new Stored(rs.getObject("id", UUID.class), false, rs.getLong("seen_count"), List.of()));
						});
			}
		});
		return found;
	}

	/**
	 * Flags as related every open or promoted alert that shares an observable of the given new alerts with
	 * another. Runs after the alerts are committed, each statement on its own, so that flagging old alerts never
	 * holds locks across a batch. Two batches committing at the same moment cannot see each other's
	 * observables; the next alert carrying the same clue then flags them all.
	 */
	public void flagRelated(OrganisationId org, Map<UUID, List<ObservableInput>> byAlert) {
		Set<String> values = new TreeSet<>();
		byAlert.values().forEach(list -> list.forEach(o -> values.add(o.value())));
		if (values.isEmpty()) {
			return;
		}
		// Two simple indexed look-ups instead of a join: the planners then never scan either table.
		Map<ObservableInput, Set<UUID>> holders = new HashMap<>();
		List<String> all = new ArrayList<>(values);
		for (int from = 0; from < all.size(); from += CHUNK) {
			named.query("SELECT alert_id, kind, normalised_value FROM alert_observable WHERE organisation_id = :org "
					+ "AND normalised_value IN (:values)", new MapSqlParameterSource("org", org.value())
				.addValue("values", all.subList(from, Math.min(all.size(), from + CHUNK))), rs -> {
					holders.computeIfAbsent(new ObservableInput(rs.getString("kind"), rs.getString("normalised_value")),
							k -> new HashSet<>()).add(rs.getObject("alert_id", UUID.class));
				});
		}
		List<UUID> shared = holders.values().stream().filter(ids -> ids.size() > 1).flatMap(Set::stream).distinct().toList();
		Set<UUID> dismissed = new HashSet<>();
		Set<UUID> alreadyRelated = new HashSet<>();
		for (int from = 0; from < shared.size(); from += CHUNK) {
			named.query("SELECT id, state, related FROM alert WHERE id IN (:ids)",
					new MapSqlParameterSource("ids", shared.subList(from, Math.min(shared.size(), from + CHUNK))), rs -> {
						UUID id = rs.getObject("id", UUID.class);
						if ("DISMISSED".equals(rs.getString("state"))) {
							dismissed.add(id);
						}
						else if (rs.getBoolean("related")) {
							alreadyRelated.add(id);
						}
					});
		}
		holders.values().forEach(ids -> ids.removeAll(dismissed));
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
