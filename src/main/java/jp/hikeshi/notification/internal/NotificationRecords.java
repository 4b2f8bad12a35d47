package jp.hikeshi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.notification.NotificationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifications, the readers' e-mail choices, who gave which task and which task
 * reminders went out.
 */
@Component
public class NotificationRecords {

	private final JdbcClient jdbc;

	NotificationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored notification: the kind and its parameters (JSON), never a rendered text.
	 */
	public record Row(UUID id, UUID organisationId, UUID recipientId, NotificationKind kind, String params, String link,
			Instant createdAt, Instant readAt) {
	}

	/**
	 * Adds a notification unless the reader already has one with the dedupe key; true
	 * when added.
	 */
	public boolean add(UUID organisation, UUID recipient, NotificationKind kind, String params, String link,
			String dedupeKey, Instant now) {
		return jdbc.sql("""
				INSERT INTO inbox_notice (id, organisation_id, recipient_id, kind, params, link, dedupe_key, created_at)
				VALUES (:id, :org, :recipient, :kind, :params, :link, :key, :now) ON CONFLICT DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("org", organisation)
			.param("recipient", recipient)
			.param("kind", kind.name())
			.param("params", params)
			.param("link", link)
			.param("key", cap(dedupeKey, 300))
			.param("now", utc(now))
			.update() == 1;
	}

	/** The reader's notifications, newest first. */
	public List<Row> page(UUID organisation, UUID recipient, long offset, int size) {
		return jdbc.sql("""
				SELECT * FROM inbox_notice WHERE recipient_id = :recipient AND organisation_id = :org
				ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset""")
			.param("recipient", recipient)
			.param("org", organisation)
			.param("size", size)
			.param("offset", offset)
			.query(NotificationRecords::row)
			.list();
	}

	public long count(UUID organisation, UUID recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM inbox_notice WHERE recipient_id = :recipient AND organisation_id = :org")
			.param("recipient", recipient)
			.param("org", organisation)
			.query(Long.class)
			.single();
	}

	public long unread(UUID organisation, UUID recipient) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM inbox_notice
				WHERE recipient_id = :recipient AND read_at IS NULL AND organisation_id = :org""")
			.param("recipient", recipient)
			.param("org", organisation)
			.query(Long.class)
			.single();
	}

	public Optional<Row> find(UUID organisation, UUID recipient, UUID id) {
		return jdbc
			.sql("SELECT * FROM inbox_notice WHERE id = :id AND recipient_id = :recipient AND organisation_id = :org")
			.param("id", id)
			.param("recipient", recipient)
			.param("org", organisation)
			.query(NotificationRecords::row)
			.optional();
	}

	/**
	 * Marks one of the reader's notifications read (a read one keeps its time); false
	 * when the reader has no such one.
	 */
	public boolean markRead(UUID organisation, UUID recipient, UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE inbox_notice SET read_at = COALESCE(read_at, :now)
				WHERE id = :id AND recipient_id = :recipient AND organisation_id = :org""")
			.param("now", utc(now))
			.param("id", id)
			.param("recipient", recipient)
			.param("org", organisation)
			.update() == 1;
	}

	public int markAllRead(UUID organisation, UUID recipient, Instant now) {
		return jdbc.sql("""
				UPDATE inbox_notice SET read_at = :now
				WHERE recipient_id = :recipient AND read_at IS NULL AND organisation_id = :org""")
			.param("now", utc(now))
			.param("recipient", recipient)
			.param("org", organisation)
			.update();
	}

	/** The kinds the user turned e-mail off for. */
	public Set<NotificationKind> mailOff(UUID user) {
		Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
		jdbc.sql("SELECT kind FROM inbox_mail_setting WHERE user_id = :user AND NOT by_mail")
			.param("user", user)
			.query((rs, n) -> rs.getString("kind"))
			.list()
			.forEach(kind -> known(kind).ifPresent(off::add));
		return off;
	}

	public void saveMailChoices(UUID organisation, UUID user, Map<NotificationKind, Boolean> byMail) {
		jdbc.sql("DELETE FROM inbox_mail_setting WHERE user_id = :user").param("user", user).update();
		byMail.forEach((kind, on) -> jdbc
			.sql("""
					INSERT INTO inbox_mail_setting (user_id, organisation_id, kind, by_mail) VALUES (:user, :org, :kind, :on)""")
			.param("user", user)
			.param("org", organisation)
			.param("kind", kind.name())
			.param("on", on)
			.update());
	}

	/**
	 * Records who gave the task last, so the vendor's answer goes back to that person.
	 * Two assignments of one task are heard at once on two threads: each write is
	 * conditional on the time it read (compare and set), and a write that meets the
	 * other's row reads again, so the later assignment stays whatever order the writes
	 * meet in.
	 */
	public void recordOwner(UUID organisation, UUID task, UUID by, Instant at) {
		OffsetDateTime mine = utc(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		for (int attempt = 0; attempt < 5; attempt++) {
			OffsetDateTime stored = jdbc.sql("SELECT assigned_at FROM inbox_task_owner WHERE task_id = :task")
				.param("task", task)
				.query(OffsetDateTime.class)
				.optional()
				.orElse(null);
			if (stored != null && stored.isAfter(mine)) {
				return;
			}
			int written = stored != null
					? jdbc.sql("""
							UPDATE inbox_task_owner SET assigned_by = :by, assigned_at = :at
							WHERE task_id = :task AND assigned_at = :stored""")
						.param("by", by)
						.param("at", mine)
						.param("task", task)
						.param("stored", stored)
						.update()
					: jdbc.sql("""
							INSERT INTO inbox_task_owner (task_id, organisation_id, assigned_by, assigned_at)
							VALUES (:task, :org, :by, :at) ON CONFLICT DO NOTHING""")
						.param("task", task)
						.param("org", organisation)
						.param("by", by)
						.param("at", mine)
						.update();
			if (written == 1) {
				return;
			}
		}
		throw new IllegalStateException("The owner of task " + task + " kept changing");
	}

	public Optional<UUID> ownerOf(UUID task) {
		return jdbc.sql("SELECT assigned_by FROM inbox_task_owner WHERE task_id = :task")
			.param("task", task)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Records a task reminder; true when it is the first for this (task, threshold, due
	 * date).
	 */
	public boolean firstReminder(UUID organisation, UUID task, String threshold, Instant due, Instant now) {
		return jdbc.sql("""
				INSERT INTO inbox_task_reminder (task_id, organisation_id, threshold, due_at, sent_at)
				VALUES (:task, :org, :threshold, :due, :now) ON CONFLICT DO NOTHING""")
			.param("task", task)
			.param("org", organisation)
			.param("threshold", threshold)
			.param("due", utc(due))
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Takes the job's lease for {@code holder} until {@code until}, unless another
	 * holder's lease still runs. The conditional UPDATE is atomic in both databases, so
	 * of several instances exactly one wins.
	 */
	public boolean lock(String job, String holder, Instant now, Instant until) {
		jdbc.sql("INSERT INTO inbox_job_lock (job) VALUES (:job) ON CONFLICT DO NOTHING").param("job", job).update();
		return jdbc.sql("""
				UPDATE inbox_job_lock SET lease_holder = :holder, lease_until = :until
				WHERE job = :job AND (lease_until IS NULL OR lease_until < :now)""")
			.param("holder", holder)
			.param("until", utc(until))
			.param("job", job)
			.param("now", utc(now))
			.update() == 1;
	}

	public void unlock(String job, String holder) {
		jdbc.sql(
				"UPDATE inbox_job_lock SET lease_holder = NULL, lease_until = NULL WHERE job = :job AND lease_holder = :holder")
			.param("job", job)
			.param("holder", holder)
			.update();
	}

	private static Optional<NotificationKind> known(String kind) {
		try {
			return Optional.of(NotificationKind.valueOf(kind));
		}
		catch (IllegalArgumentException retired) {
			return Optional.empty();
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("recipient_id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("params"), rs.getString("link"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
	}

	private static String cap(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
