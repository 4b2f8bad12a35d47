package jp.hikeshi.reporting.internal;

import static jp.hikeshi.reporting.internal.AssessmentRecords.instant;
import static jp.hikeshi.reporting.internal.AssessmentRecords.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.reporting.MailPurpose;
import jp.hikeshi.reporting.OutboxMessage;
import jp.hikeshi.reporting.OutgoingMail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Claiming is an UPDATE guarded by the row's state, which both H2 and
 * PostgreSQL apply atomically: of two instances racing for a message, exactly one sees
 * one updated row.
 */
@Repository
public class OutboxRecords {

	private final JdbcClient jdbc;

	OutboxRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message claimed for sending, with its body. */
	public record Claimed(UUID id, String dedupeKey, String recipient, String subject, String body, int attempts) {
	}

	/** Adds the message unless one with the same key exists; true when it was added. */
	public boolean add(OutgoingMail mail, Instant now) {
		return jdbc
			.sql("""
					INSERT INTO mail_outbox (id, organisation_id, dedupe_key, purpose, recipient, language, subject, body, status,
					  attempts, next_attempt_at, created_at)
					VALUES (:id, :org, :key, :purpose, :to, :lang, :subject, :body, 'PENDING', 0, :now, :now)
					ON CONFLICT DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("org", mail.organisation().value())
			.param("key", mail.dedupeKey())
			.param("purpose", mail.purpose().name())
			.param("to", mail.recipient())
			.param("lang", mail.language().getLanguage())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.param("now", utc(now))
			.update() == 1;
	}

	public List<UUID> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now
				  AND (claimed_until IS NULL OR claimed_until < :now)
				ORDER BY next_attempt_at, id LIMIT :limit""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	public Optional<Claimed> claim(UUID id, String instance, Instant now, Instant until) {
		int claimed = jdbc.sql("""
				UPDATE mail_outbox SET claimed_by = :me, claimed_until = :until
				WHERE id = :id AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)""")
			.param("me", instance)
			.param("until", utc(until))
			.param("id", id)
			.param("now", utc(now))
			.update();
		if (claimed != 1) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, dedupe_key, recipient, subject, body, attempts FROM mail_outbox WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("dedupe_key"),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.optional();
	}

	public void sent(UUID id, String instance, Instant at) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', sent_at = :at, attempts = attempts + 1, claimed_by = NULL,
				  claimed_until = NULL, last_error = NULL WHERE id = :id AND claimed_by = :me""")
			.param("at", utc(at))
			.param("id", id)
			.param("me", instance)
			.update();
	}

	public void failed(UUID id, String instance, String error, Instant nextAttempt, boolean giveUp) {
		jdbc.sql(
				"""
						UPDATE mail_outbox SET status = :status, attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
						  claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :me""")
			.param("status", giveUp ? OutboxMessage.FAILED : OutboxMessage.PENDING)
			.param("next", utc(nextAttempt))
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
			.param("id", id)
			.param("me", instance)
			.update();
	}

	/**
	 * Puts a failed or waiting message back in line for an attempt now; a sent message
	 * stays sent.
	 */
	public boolean retry(UUID organisationId, UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = :now, attempts = 0
				WHERE id = :id AND organisation_id = :org AND status <> 'SENT'""")
			.param("now", utc(now))
			.param("id", id)
			.param("org", organisationId)
			.update() == 1;
	}

	/** Newest first; an empty status or key matches every message. */
	public List<OutboxMessage> page(UUID organisationId, String status, String key, long offset, int limit) {
		return jdbc.sql("""
				SELECT * FROM mail_outbox WHERE organisation_id = :org AND (:status = '' OR status = :status)
				  AND (:key = '' OR dedupe_key = :key)
				ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("org", organisationId)
			.param("status", status == null ? "" : status)
			.param("key", key == null ? "" : key)
			.param("limit", limit)
			.param("offset", offset)
			.query(OutboxRecords::message)
			.list();
	}

	public long count(UUID organisationId, String status, String key) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM mail_outbox WHERE organisation_id = :org AND (:status = '' OR status = :status)
				  AND (:key = '' OR dedupe_key = :key)""")
			.param("org", organisationId)
			.param("status", status == null ? "" : status)
			.param("key", key == null ? "" : key)
			.query(Long.class)
			.single();
	}

	/**
	 * Messages of every organisation waiting to be sent, and of those the ones created
	 * before {@code before}.
	 */
	public Backlog backlog(Instant before) {
		return jdbc.sql("""
				SELECT COUNT(*) AS pending, COALESCE(SUM(CASE WHEN created_at < :before THEN 1 ELSE 0 END), 0) AS old
				FROM mail_outbox WHERE status = 'PENDING'""")
			.param("before", utc(before))
			.query((rs, n) -> new Backlog(rs.getLong("pending"), rs.getLong("old")))
			.single();
	}

	/**
	 * Messages of every organisation given up after their last attempt, waiting for a
	 * person to retry them.
	 */
	public long failed() {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'").query(Long.class).single();
	}

	/** How many messages wait, and how many of them are old. */
	public record Backlog(long pending, long old) {
	}

	private static OutboxMessage message(ResultSet rs, int n) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("dedupe_key"),
				MailPurpose.valueOf(rs.getString("purpose")), rs.getString("recipient"), rs.getString("language"),
				rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
	}

}
