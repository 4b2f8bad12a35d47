package jp.hikeshi.intake.internal;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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
 * The alert hot path in batch statements. Insert-or-increment is portable between H2 and
 * PostgreSQL: increment the rows that exist, insert the rest with
 * {@code ON CONFLICT DO NOTHING}, and increment again whatever a concurrent poster
 * inserted in between. The unique constraint decides every race; keys are handled in
 * sorted order so that two batches lock rows in the same order.
 */
@Component
public class AlertStore {

	private static final int CHUNK = 500;

	/**
	 * Small IN lists: H2 compares every row an IN list finds with each of its entries.
	 */
	private static final int FLAG_CHUNK = 100;

	/**
	 * Longer than any batch takes from making its alerts' ids to the end of their
	 * flagging.
	 */
	private static final Duration SETTLED = Duration.ofMinutes(10);

	private static final String INCREMENT = "UPDATE alert SET seen_count = seen_count + ?, last_seen_at = GREATEST(last_seen_at, ?) "
			+ "WHERE organisation_id = ? AND source = ? AND source_ref = ?";

	private static final String INSERT = "INSERT INTO alert (id, organisation_id, source, source_ref, title, severity, occurred_at, "
			+ "first_seen_at, last_seen_at, seen_count, state, related, raw_payload, received_by) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?) ON CONFLICT DO NOTHING";

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

	/**
	 * What the store did with one key. A created alert carries the clues that
	 * {@link #flagRelated} must still look at after commit: all of its observables but
	 * those whose holders, when it was inserted, already included two settled alerts
	 * (that group was flagged when it formed, and the alert was inserted flagged).
	 */
	public record Stored(UUID id, boolean created, long seenCount, List<ObservableInput> recheck, boolean related) {
	}

	/**
	 * Records normalised alerts inside the caller's transaction; repeats within the batch
	 * count as sightings.
	 */
	public Map<Key, Stored> record(OrganisationId org, UUID receivedBy, List<AlertSubmission> alerts, Instant now) {
		TreeMap<Key, AlertSubmission> first = new TreeMap<>();
		Map<Key, Integer> sightings = new HashMap<>();
		for (AlertSubmission a : alerts) {
			first.putIfAbsent(Key.of(a), a);
			sightings.merge(Key.of(a), 1, Integer::sum);
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Map<Key, UUID> created = new LinkedHashMap<>();
		Set<Key> relatedAtInsert = new HashSet<>(); // read for created keys only
		Map<ObservableInput, List<UUID>> known = null;
		List<Key> pending = new ArrayList<>(first.keySet());
		while (!pending.isEmpty()) {
			int[] updated = jdbc.batchUpdate(INCREMENT,
					pending.stream()
						.map(k -> new Object[] { sightings.get(k), at, org.value(), k.source(), k.sourceRef() })
						.toList());
			List<Key> missing = new ArrayList<>();
			for (int i = 0; i < updated.length; i++) {
				if (updated[i] == 0) {
					missing.add(pending.get(i));
				}
			}
			if (known == null && !missing.isEmpty()) {
				Set<ObservableInput> clues = new HashSet<>();
				missing.forEach(k -> clues.addAll(first.get(k).observables()));
				known = holders(org, clues);
			}
			Set<Key> related = relatedAmong(missing, first, known);
			relatedAtInsert.addAll(related);
			List<UUID> ids = missing.stream().map(k -> TimeOrderedIds.next()).toList();
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < missing.size(); i++) {
				AlertSubmission a = first.get(missing.get(i));
				rows.add(new Object[] { ids.get(i), org.value(), a.source(), a.sourceRef(), a.title(),
						a.severity().name(), a.occurredAt().atOffset(ZoneOffset.UTC), at, at,
						sightings.get(missing.get(i)), related.contains(missing.get(i)),
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
		Set<ObservableInput> settledGroups = settledGroups(known);
		Map<Key, Stored> result = new HashMap<>();
		created.forEach((k, id) -> result.put(k,
				new Stored(id, true, sightings.get(k),
						first.get(k).observables().stream().filter(o -> !settledGroups.contains(o)).toList(),
						relatedAtInsert.contains(k))));
		List<Key> repeated = first.keySet().stream().filter(k -> !created.containsKey(k)).toList();
		result.putAll(lookUp(org, repeated));
		List<Object[]> rows = new ArrayList<>();
		created.forEach((k, id) -> first.get(k)
			.observables()
			.forEach(o -> rows.add(new Object[] { id, org.value(), o.type(), o.value(), ClueFingerprint.of(org, o) })));
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(
					"INSERT INTO alert_observable (alert_id, organisation_id, kind, normalised_value, fingerprint) "
							+ "VALUES (?, ?, ?, ?, ?)",
					rows);
		}
		return result;
	}

	private Map<Key, Stored> lookUp(OrganisationId org, List<Key> keys) {
		Map<String, List<String>> bySource = new TreeMap<>();
		keys.forEach(k -> bySource.computeIfAbsent(k.source(), s -> new ArrayList<>()).add(k.sourceRef()));
		Map<Key, Stored> found = new HashMap<>();
		bySource.forEach((source, refs) -> {
			for (int from = 0; from < refs.size(); from += CHUNK) {
				// A join with a VALUES list uses the whole unique key on both databases;
				// an IN list on the key's
				// last column made H2 scan every alert of the source.
				List<Object[]> rows = refs.subList(from, Math.min(refs.size(), from + CHUNK))
					.stream()
					.map(ref -> new Object[] { ref })
					.toList();
				named.query(
						"SELECT a.id, a.source_ref, a.seen_count FROM (VALUES :refs) AS v (ref) JOIN alert a "
								+ "ON a.organisation_id = :org AND a.source = :source AND a.source_ref = v.ref",
						new MapSqlParameterSource("org", org.value()).addValue("source", source).addValue("refs", rows),
						rs -> {
							found.put(new Key(source, rs.getString("source_ref")), new Stored(
									rs.getObject("id", UUID.class), false, rs.getLong("seen_count"), List.of(), false));
						});
			}
		});
		return found;
	}

	/**
	 * The keys among the alerts about to be inserted that are related already: one of
	 * their clues is carried by an alert that is not dismissed (as far as this
	 * transaction sees) or by another of the alerts being inserted. Inserting them
	 * flagged spares an update per alert; {@link #flagRelated} settles what this cannot
	 * see.
	 */
	private static Set<Key> relatedAmong(List<Key> keys, Map<Key, AlertSubmission> alerts,
			Map<ObservableInput, List<UUID>> known) {
		Map<ObservableInput, Integer> inBatch = new HashMap<>();
		keys.forEach(k -> new HashSet<>(alerts.get(k).observables()).forEach(o -> inBatch.merge(o, 1, Integer::sum)));
		Set<Key> related = new HashSet<>();
		for (Key k : keys) {
			for (ObservableInput o : alerts.get(k).observables()) {
				if (inBatch.get(o) > 1 || !known.getOrDefault(o, List.of()).isEmpty()) {
					related.add(k);
					break;
				}
			}
		}
		return related;
	}

	/**
	 * The clues held, as this transaction read them, by at least two alerts made longer
	 * than {@link #SETTLED} ago: groups that were flagged when they formed. An alert that
	 * joins one is inserted flagged, and so is any alert that joins it concurrently (it
	 * sees the same settled holders), so flagging after commit has nothing to do there.
	 */
	private static Set<ObservableInput> settledGroups(Map<ObservableInput, List<UUID>> known) {
		if (known == null) {
			return Set.of();
		}
		Instant settled = Instant.now().minus(SETTLED);
		Set<ObservableInput> groups = new HashSet<>();
		known.forEach((clue, holders) -> {
			if (holders.stream().filter(id -> TimeOrderedIds.madeBefore(id, settled)).limit(2).count() == 2) {
				groups.add(clue);
			}
		});
		return groups;
	}

	/**
	 * The alerts that are not dismissed, by clue, for the given clues; read from the clue
	 * index alone, which is keyed by {@link ClueFingerprint} (so the organisation is part
	 * of the key).
	 */
	private Map<ObservableInput, List<UUID>> holders(OrganisationId org, Collection<ObservableInput> clues) {
		Map<Long, List<ObservableInput>> byFingerprint = new TreeMap<>();
		clues.forEach(c -> byFingerprint.computeIfAbsent(ClueFingerprint.of(org, c), f -> new ArrayList<>(1)).add(c));
		Map<ObservableInput, List<UUID>> holders = new HashMap<>();
		List<Long> all = new ArrayList<>(byFingerprint.keySet());
		for (int from = 0; from < all.size(); from += CHUNK) {
			// A join with a VALUES list: one index look-up per fingerprint on both
			// databases (an IN list is compared
			// with every row it finds on H2). The cast matters on H2, which types a
			// column of parameters as DECFLOAT
			// and would otherwise compare every index key on the way down as a BigDecimal
			// made from a string.
			List<Object[]> rows = all.subList(from, Math.min(all.size(), from + CHUNK))
				.stream()
				.map(fingerprint -> new Object[] { fingerprint })
				.toList();
			named.query(
					"SELECT o.alert_id, o.fingerprint FROM (VALUES :fingerprints) AS v (fp) JOIN alert_observable o "
							+ "ON o.fingerprint = CAST(v.fp AS BIGINT) WHERE o.dismissed = FALSE",
					new MapSqlParameterSource("fingerprints", rows), rs -> {
						UUID holder = rs.getObject("alert_id", UUID.class);
						for (ObservableInput clue : byFingerprint.getOrDefault(rs.getLong("fingerprint"), List.of())) {
							holders.computeIfAbsent(clue, k -> new ArrayList<>()).add(holder);
						}
					});
		}
		return holders;
	}

	/**
	 * Flags as related every alert that is not dismissed and shares a clue of the given
	 * new alerts with another such alert. Runs after the new alerts are committed, each
	 * statement on its own, so that flagging never holds locks across a batch; of two
	 * racing batches, whichever flags second sees the other's alerts.
	 * <p>
	 * It reads only the clue index (no alert rows), for the clues each alert still has to
	 * check (see {@link Stored#recheck()}), and updates only alerts that may still be
	 * unflagged: new alerts inserted flagged are done; a group that already had two
	 * settled members (made longer than {@link #SETTLED} ago, so their own flagging has
	 * long finished) was flagged when it formed, so only its newer members are
	 * candidates; in any other group of two or more every member is. The update skips
	 * alerts already flagged.
	 */
	public void flagRelated(OrganisationId org, Collection<Stored> created) {
		Map<UUID, Stored> byId = new HashMap<>();
		Set<ObservableInput> recheck = new HashSet<>();
		for (Stored s : created) {
			byId.put(s.id(), s);
			recheck.addAll(s.recheck());
		}
		if (recheck.isEmpty()) {
			return;
		}
		Map<ObservableInput, List<UUID>> holders = holders(org, recheck);
		// The ids' own clock (the system's), not the application's configurable one.
		Instant settled = Instant.now().minus(SETTLED);
		TreeSet<UUID> toFlag = new TreeSet<>();
		for (ObservableInput clue : recheck) {
			List<UUID> group = holders.getOrDefault(clue, List.of());
			if (group.size() < 2) {
				continue;
			}
			List<UUID> old = group.stream()
				.filter(id -> !byId.containsKey(id) && TimeOrderedIds.madeBefore(id, settled))
				.toList();
			group.stream()
				.filter(id -> old.size() < 2 || !old.contains(id))
				.filter(id -> !byId.containsKey(id) || !byId.get(id).related())
				.forEach(toFlag::add);
		}
		List<UUID> flag = new ArrayList<>(toFlag);
		for (int from = 0; from < flag.size(); from += FLAG_CHUNK) {
			named.update("UPDATE alert SET related = TRUE WHERE id IN (:ids) AND related = FALSE",
					new MapSqlParameterSource("ids", flag.subList(from, Math.min(flag.size(), from + FLAG_CHUNK))));
		}
	}

}
