package jp.hikeshi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.audit.AuditVerification;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only hash chain behind the audit trail. Entries are queued in the
 * transaction of the write they describe ({@code audit_pending}) and chained in batches
 * under the lock of the single head row, so sealers in any number of threads or
 * application instances extend one chain and never fork it.
 */
@Component
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final int PAGE = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final AuditParams params;

	AuditChain(JdbcClient jdbc, JdbcTemplate batch, AuditParams params) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.params = params;
	}

	/**
	 * Moves up to {@code max} queued entries (oldest first) into the chain; must run
	 * inside a transaction, which the head row's lock lasts for. The queue is read after
	 * the lock is taken, so two sealers (threads or instances) never chain the same
	 * entry: the second one waits and then sees the queue without it.
	 */
	int sealPending(int max) {
		Head head = lockHead();
		List<Entry> queued = jdbc.sql("SELECT * FROM audit_pending ORDER BY id LIMIT " + max)
			.query(AuditChain::pendingRow)
			.list();
		if (queued.isEmpty()) {
			return 0;
		}
		long seq = head.seq();
		String previous = head.hash();
		List<Object[]> rows = new ArrayList<>(queued.size());
		List<Object[]> done = new ArrayList<>(queued.size());
		for (Entry e : queued) {
			seq++;
			// queued entries are already in stored form (microseconds, summary
			// truncated): chained as read
			Entry chained = new Entry(0, seq, e.organisationId(), e.occurredAt(), e.recordedAt(), e.actor(),
					e.actorId(), e.action(), e.objectType(), e.objectId(), e.summary(), e.params(), previous, null);
			previous = hash(chained);
			rows.add(new Object[] { chained.organisationId(), utc(chained.occurredAt()), utc(chained.recordedAt()),
					chained.actor(), chained.actorId(), chained.action(), chained.objectType(), chained.objectId(),
					chained.summary(), chained.params(), chained.seq(), chained.prevHash(), previous });
			done.add(new Object[] { e.id() });
		}
		batch.batchUpdate(
				"""
						INSERT INTO audit_entry (organisation_id, occurred_at, recorded_at, actor, actor_id, action, object_type,
						                         object_id, summary, params, seq, prev_hash, entry_hash)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows);
		batch.batchUpdate("DELETE FROM audit_pending WHERE id = ?", done);
		moveHead(seq, previous);
		return queued.size();
	}

	/** Queues one entry inside the caller's transaction (or on its own without one). */
	void enqueue(AuditEvent event, Instant recordedAt) {
		jdbc.sql(
				"""
						INSERT INTO audit_pending (organisation_id, occurred_at, recorded_at, actor, actor_id, action, object_type,
						                           object_id, summary, params)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.organisation().value(), utc(micros(event.occurredAt())), utc(micros(recordedAt)),
					event.actor(), event.actorId(), event.action(), event.objectType(), event.objectId(),
					truncate(event.summary()), params.write(event.params()))
			.update();
	}

	/**
	 * Chains entries written before the chain existed, oldest first; a no-op once all are
	 * chained.
	 */
	public int sealUnchained() {
		if (jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE seq IS NULL").query(Long.class).single() == 0) {
			return 0;
		}
		Head head = lockHead();
		List<Entry> unchained = jdbc.sql("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY id")
			.query(AuditChain::row)
			.list();
		long seq = head.seq();
		String previous = head.hash();
		for (Entry e : unchained) {
			seq++;
			Entry chained = new Entry(e.id(), seq, e.organisationId(), e.occurredAt(), e.recordedAt(), e.actor(),
					e.actorId(), e.action(), e.objectType(), e.objectId(), e.summary(), e.params(), previous, null);
			previous = hash(chained);
			jdbc.sql("UPDATE audit_entry SET seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ? AND seq IS NULL")
				.params(seq, chained.prevHash(), previous, e.id())
				.update();
		}
		moveHead(seq, previous);
		return unchained.size();
	}

	/** Walks the whole chain in order and reports the first entry that does not fit. */
	public AuditVerification verify() {
		// the head is read first: entries appended while the walk runs lie beyond it and
		// are left for the next walk
		Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		String expectedPrevious = GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<Entry> page = jdbc
				.sql("SELECT * FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)
				.params(after, head.seq())
				.query(AuditChain::row)
				.list();
			for (Entry e : page) {
				if (e.seq() != expectedSeq) {
					return AuditVerification.broken(checked, expectedSeq, e.id(), "missing",
							"entry " + expectedSeq + " is missing");
				}
				if (!expectedPrevious.equals(e.prevHash())) {
					return AuditVerification.broken(checked, e.seq(), e.id(), "link",
							"link to the previous entry does not match");
				}
				String actual = hash(e);
				if (!actual.equals(e.entryHash())) {
					return AuditVerification.broken(checked, e.seq(), e.id(), "content",
							"content does not match its hash");
				}
				expectedPrevious = actual;
				expectedSeq++;
				checked++;
				after = e.seq();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		if (head.seq() != checked || !head.hash().equals(expectedPrevious)) {
			return AuditVerification.broken(checked, checked + 1, -1, "removed",
					"entries after " + checked + " were removed");
		}
		return AuditVerification.intact(checked);
	}

	/**
	 * Hands every chained entry up to the head to {@code sink}, in order, after the head
	 * itself: the material a third party needs to recompute the chain (see
	 * tools/verify_audit_chain.py). Entries of other organisations than {@code visibleTo}
	 * (all, when null) are passed with their hashes only, so the links still verify.
	 */
	public void export(UUID visibleTo, Consumer<ExportedHead> head, Consumer<ExportedEntry> sink) {
		Head current = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		head.accept(new ExportedHead(current.seq(), current.hash()));
		long after = 0;
		while (true) {
			List<Entry> page = jdbc
				.sql("SELECT * FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)
				.params(after, current.seq())
				.query(AuditChain::row)
				.list();
			for (Entry e : page) {
				sink.accept(visibleTo == null || visibleTo.equals(e.organisationId()) ? ExportedEntry.of(e)
						: ExportedEntry.redacted(e));
				after = e.seq();
			}
			if (page.size() < PAGE) {
				return;
			}
		}
	}

	/** The head of the chain when an export began: its last position and hash. */
	public record ExportedHead(long headSeq, String headHash) {
	}

	/**
	 * One exported entry with every hashed field in the text form the hash was computed
	 * over (instants as ISO-8601 UTC); a redacted entry carries only its position and
	 * hashes.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ExportedEntry(long seq, String prevHash, Boolean redacted, String organisationId, String occurredAt,
			String recordedAt, String actor, String actorId, String action, String objectType, String objectId,
			String summary, String params, String entryHash) {

		static ExportedEntry of(Entry e) {
			return new ExportedEntry(e.seq(), e.prevHash(), null, text(e.organisationId()), text(e.occurredAt()),
					text(e.recordedAt()), e.actor(), text(e.actorId()), e.action(), e.objectType(), e.objectId(),
					e.summary(), e.params(), e.entryHash());
		}

		static ExportedEntry redacted(Entry e) {
			return new ExportedEntry(e.seq(), e.prevHash(), true, null, null, null, null, null, null, null, null, null,
					null, e.entryHash());
		}

		private static String text(Object value) {
			return value == null ? null : value.toString();
		}
	}

	/**
	 * SHA-256 over a canonical, length-prefixed form of every stored field and the
	 * previous hash. Entries with structured parameters (hash version 2, from V123 on)
	 * add a version mark and the stored parameter text; entries without keep the first
	 * form, so every entry written before still verifies, and removing or adding
	 * parameters changes the hash.
	 */
	static String hash(Entry e) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { e.seq(), e.prevHash(), e.organisationId(), e.occurredAt(), e.recordedAt(),
				e.actor(), e.actorId(), e.action(), e.objectType(), e.objectId(), e.summary() }) {
			field(canonical, field);
		}
		if (e.params() != null) {
			canonical.append("v2;");
			field(canonical, e.params());
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static void field(StringBuilder canonical, Object field) {
		if (field == null) {
			canonical.append("-;");
		}
		else {
			String text = field.toString();
			canonical.append(text.length()).append(':').append(text).append(';');
		}
	}

	private Head lockHead() {
		return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private void moveHead(long seq, String hash) {
		jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
	}

	private static Entry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long seq = rs.getLong("seq");
		return new Entry(rs.getLong("id"), rs.wasNull() ? 0 : seq, rs.getObject("organisation_id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getObject("actor_id", UUID.class), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("summary"), rs.getString("params"), rs.getString("prev_hash"),
				rs.getString("entry_hash"));
	}

	private static Entry pendingRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), 0, rs.getObject("organisation_id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getObject("actor_id", UUID.class), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("summary"), rs.getString("params"), null, null);
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String truncate(String summary) {
		return summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 1997) + "...";
	}

	private record Head(long seq, String hash) {
	}

	record Entry(long id, long seq, UUID organisationId, Instant occurredAt, Instant recordedAt, String actor,
			UUID actorId, String action, String objectType, String objectId, String summary, String params,
			String prevHash, String entryHash) {
	}

}
