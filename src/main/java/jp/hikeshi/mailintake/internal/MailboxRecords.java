package jp.hikeshi.mailintake.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.mailintake.PollOutcome;
import jp.hikeshi.mailintake.PollResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The poll lock and last outcome of each mailbox, and the messages taken from it. */
@Component
public class MailboxRecords {

	private final JdbcClient jdbc;

	MailboxRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the mailbox's poll lock for {@code holder} (one poll) until {@code until},
	 * unless a lease is still running. The conditional UPDATE is atomic in both
	 * databases, so of several polls (on one instance or many) exactly one wins.
	 */
	public boolean lock(String mailbox, String holder, Instant now, Instant until) {
		jdbc.sql("""
				INSERT INTO mail_intake_mailbox (mailbox, last_seen_count, last_filed_count, last_failed_count)
				VALUES (?, 0, 0, 0) ON CONFLICT DO NOTHING""").param(mailbox).update();
		return jdbc.sql("""
				UPDATE mail_intake_mailbox SET lease_holder = :holder, lease_until = :until
				WHERE mailbox = :mailbox AND (lease_until IS NULL OR lease_until < :now)""")
			.param("holder", holder)
			.param("until", utc(until))
			.param("mailbox", mailbox)
			.param("now", utc(now))
			.update() == 1;
	}

	/** Releases the lock and records how the poll went. */
	public void unlock(String mailbox, String holder, PollOutcome outcome) {
		jdbc.sql(
				"""
						UPDATE mail_intake_mailbox SET lease_holder = NULL, lease_until = NULL, last_poll_at = :at, last_result = :result,
						    last_error = :error, last_seen_count = :seen, last_filed_count = :filed, last_failed_count = :failed
						WHERE mailbox = :mailbox AND lease_holder = :holder""")
			.param("at", utc(outcome.at()))
			.param("result", outcome.result().name())
			.param("error", outcome.error() == null ? null : cap(outcome.error(), 2000))
			.param("seen", outcome.seen())
			.param("filed", outcome.filed())
			.param("failed", outcome.failed())
			.param("mailbox", mailbox)
			.param("holder", holder)
			.update();
	}

	/** The last poll of a mailbox, if it was ever polled. */
	public Optional<PollOutcome> last(String mailbox) {
		return jdbc.sql("SELECT * FROM mail_intake_mailbox WHERE mailbox = ? AND last_poll_at IS NOT NULL")
			.param(mailbox)
			.query((rs, n) -> new PollOutcome(PollResult.valueOf(rs.getString("last_result")),
					rs.getObject("last_poll_at", OffsetDateTime.class).toInstant(), rs.getInt("last_seen_count"),
					rs.getInt("last_filed_count"), 0, 0, rs.getInt("last_failed_count"), rs.getString("last_error")))
			.optional();
	}

	/**
	 * Messages taken from the mailbox so far, and how many of their reports were flagged
	 * for review.
	 */
	public long[] totals(String mailbox) {
		return jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN needs_review THEN 1 ELSE 0 END), 0)
				FROM mail_intake_message WHERE mailbox = ?""")
			.param(mailbox)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	public boolean taken(String mailbox, String key) {
		return jdbc.sql("SELECT COUNT(*) FROM mail_intake_message WHERE mailbox = ? AND message_key = ?")
			.params(mailbox, key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Recorded in the report's transaction; the primary key refuses a second record of
	 * the same message.
	 */
	public void recordTaken(String mailbox, String key, UUID reportId, UUID evidenceId, boolean needsReview,
			Instant now) {
		jdbc.sql("""
				INSERT INTO mail_intake_message (mailbox, message_key, report_id, evidence_id, needs_review, taken_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(mailbox, key, reportId, evidenceId, needsReview, utc(now))
			.update();
	}

	public void recordMarked(String mailbox, String key, Instant now) {
		jdbc.sql("UPDATE mail_intake_message SET marked_at = ? WHERE mailbox = ? AND message_key = ?")
			.params(utc(now), mailbox, key)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private static String cap(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
