package jp.hikeshi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jp.hikeshi.audit.AuditCursor;
import jp.hikeshi.audit.AuditEntry;
import jp.hikeshi.audit.AuditFilter;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queries of the audit trail. Every list is one range scan of an index ending in
 * (occurred_at, id): see V123; paging goes by position (keyset), never by offset, except
 * the numbered pages the REST API has always had.
 */
@Component
public class AuditRecords {

	/** Entries read per keyset page while exporting. */
	static final int EXPORT_FETCH = 1000;

	private final JdbcClient jdbc;

	private final AuditParams params;

	AuditRecords(JdbcClient jdbc, AuditParams params) {
		this.jdbc = jdbc;
		this.params = params;
	}

	/**
	 * Up to {@code limit} entries older than {@code before} (all when null), newest
	 * first.
	 */
	public List<AuditEntry> older(OrganisationId organisation, AuditFilter filter, AuditCursor before, int limit) {
		Where where = where(organisation, filter);
		if (before != null) {
			where.and("occurred_at <= :cursorAt AND (occurred_at < :cursorAt OR id < :cursorId)");
			where.cursor(before);
		}
		return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC LIMIT " + limit)
			.params(where.values)
			.query(this::entry)
			.list();
	}

	/**
	 * Up to {@code limit} entries newer than {@code after}, newest first (read oldest
	 * first from the cursor).
	 */
	public List<AuditEntry> newer(OrganisationId organisation, AuditFilter filter, AuditCursor after, int limit) {
		Where where = where(organisation, filter);
		where.and("occurred_at >= :cursorAt AND (occurred_at > :cursorAt OR id > :cursorId)");
		where.cursor(after);
		List<AuditEntry> rows = new ArrayList<>(
				jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY occurred_at, id LIMIT " + limit)
					.params(where.values)
					.query(this::entry)
					.list());
		Collections.reverse(rows);
		return rows;
	}

	/** A numbered page, newest first (the REST API's page/size). */
	public List<AuditEntry> page(OrganisationId organisation, AuditFilter filter, int limit, long offset) {
		Where where = where(organisation, filter);
		return jdbc
			.sql("SELECT * FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC LIMIT " + limit + " OFFSET "
					+ offset)
			.params(where.values)
			.query(this::entry)
			.list();
	}

	public long count(OrganisationId organisation, AuditFilter filter) {
		Where where = where(organisation, filter);
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(where.values).query(Long.class).single();
	}

	/**
	 * Hands every matching entry, newest first, to {@code sink}, read in keyset pages of
	 * {@value #EXPORT_FETCH} on the index the pages use: no database holds more than one
	 * page at a time (H2 buffered a whole one-statement result, 480 MB for a million
	 * entries), so memory stays flat at any count. Entries are only ever appended, with a
	 * later time, so an export running while others write still holds each older entry
	 * exactly once.
	 */
	public void each(OrganisationId organisation, AuditFilter filter, Consumer<AuditEntry> sink) {
		AuditCursor cursor = null;
		List<AuditEntry> batch;
		do {
			batch = older(organisation, filter, cursor, EXPORT_FETCH);
			batch.forEach(sink);
			if (!batch.isEmpty()) {
				cursor = batch.get(batch.size() - 1).cursor();
			}
		}
		while (batch.size() == EXPORT_FETCH);
	}

	private AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getObject("actor_id", UUID.class), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), rs.getString("summary"), rs.getLong("seq"),
				rs.getString("entry_hash"), params.read(rs.getString("params")));
	}

	private static Where where(OrganisationId organisation, AuditFilter filter) {
		Where where = new Where();
		where.and("organisation_id = :org", "org", organisation.value());
		if (filter.from() != null) {
			where.and("occurred_at >= :from", "from", utc(filter.from()));
		}
		if (filter.to() != null) {
			where.and("occurred_at < :to", "to", utc(filter.to()));
		}
		if (filter.actor() != null) {
			where.and("actor = :actor", "actor", filter.actor());
		}
		if (filter.action() != null) {
			where.and("action = :action", "action", filter.action());
		}
		if (filter.objectType() != null) {
			where.and("object_type = :objectType", "objectType", filter.objectType());
		}
		if (filter.objectId() != null) {
			where.and("object_id = :objectId", "objectId", filter.objectId());
		}
		return where;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A WHERE clause of named conditions and their values. */
	private static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final Map<String, Object> values = new LinkedHashMap<>();

		void and(String condition, String name, Object value) {
			and(condition);
			values.put(name, value);
		}

		void and(String condition) {
			sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
		}

		void cursor(AuditCursor cursor) {
			values.put("cursorAt", utc(cursor.at()));
			values.put("cursorId", cursor.id());
		}

		@Override
		public String toString() {
			return sql.toString();
		}

	}

}
