package jp.hikeshi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.audit.AuditVerification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only hash chain behind the audit trail. Each append locks the single head row, so writers in
 * any number of threads or application instances extend one chain and never fork it.
 */
@Component
public class AuditChain {

	static final String GENESIS = "0".repeat(64);
	private static final int PAGE = 1000;

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends one entry; must run inside a transaction, which the head row's lock lasts for. */
	void append(AuditEvent event, Instant recordedAt) {
		Head head = lockHead();
		Entry entry = new Entry(0, head.seq() + 1, event.organisation().value(), micros(event.occurredAt()),
				micros(recordedAt), event.actor(), event.actorId(), event.action(), event.objectType(), event.objectId(),
				truncate(event.summary()), head.hash(), null);
		String hash = hash(entry);
		jdbc.sql("""
				INSERT INTO audit_entry (organisation_id, occurred_at, recorded_at, actor, actor_id, action, object_type,
				                         object_id, summary, seq, prev_hash, entry_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.organisationId(), utc(entry.occurredAt()), utc(entry.recordedAt()), entry.actor(), entry.actorId(),
					entry.action(), entry.objectType(), entry.objectId(), entry.summary(), entry.seq(), entry.prevHash(), hash)
			.update();
		moveHead(entry.seq(), hash);
	}

	/** Chains entries written before the chain existed, oldest first; a no-op once all are chained. */
	public int sealUnchained() {
		List<Entry> unchained = jdbc.sql("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY id").query(AuditChain::row).list();
		if (unchained.isEmpty()) {
			return 0;
		}
		Head head = lockHead();
		long seq = head.seq();
		String previous = head.hash();
		for (Entry e : unchained) {
			seq++;
			Entry chained = new Entry(e.id(), seq, e.organisationId(), e.occurredAt(), e.recordedAt(), e.actor(), e.actorId(),
					e.action(), e.objectType(), e.objectId(), e.summary(), previous, null);
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
		// the head is read first: entries appended while the walk runs lie beyond it and are left for the next walk
		Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		String expectedPrevious = GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<Entry> page = jdbc.sql("SELECT * FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)
				.params(after, head.seq())
				.query(AuditChain::row)
				.list();
			for (Entry e : page) {
				if (e.seq() != expectedSeq) {
					return AuditVerification.broken(checked, expectedSeq, e.id(), "entry " + expectedSeq + " is missing");
				}
				if (!expectedPrevious.equals(e.prevHash())) {
					return AuditVerification.broken(checked, e.seq(), e.id(), "link to the previous entry does not match");
				}
				String actual = hash(e);
				if (!actual.equals(e.entryHash())) {
					return AuditVerification.broken(checked, e.seq(), e.id(), "content does not match its hash");
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
			return AuditVerification.broken(checked, checked + 1, -1, "entries after " + checked + " were removed");
		}
		return AuditVerification.intact(checked);
	}

	/** SHA-256 over a canonical, length-prefixed form of every stored field and the previous hash. */
	static String hash(Entry e) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { e.seq(), e.prevHash(), e.organisationId(), e.occurredAt(), e.recordedAt(),
				e.actor(), e.actorId(), e.action(), e.objectType(), e.objectId(), e.summary() }) {
			if (field == null) {
				canonical.append("-;");
			}
			else {
				String text = field.toString();
				canonical.append(text.length()).append(':').append(text).append(';');
			}
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
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
				rs.getString("object_id"), rs.getString("summary"), rs.getString("prev_hash"), rs.getString("entry_hash"));
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

	record Entry(long id, long seq, UUID organisationId, Instant occurredAt, Instant recordedAt, String actor, UUID actorId,
			String action, String objectType, String objectId, String summary, String prevHash, String entryHash) {
	}
}
