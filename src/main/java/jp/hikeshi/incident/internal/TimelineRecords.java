package jp.hikeshi.incident.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.TimelineEntry;
import jp.hikeshi.incident.TimelineKind;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.Phrases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timelines' rows, written beside the incident rather than inside the aggregate
 * because an incident may gather thousands of entries; each page is one range scan of
 * (incident_id, kind, occurred_at, id).
 */
@Component
public class TimelineRecords {

	private final JdbcClient jdbc;

	private final Phrases phrases;

	TimelineRecords(JdbcClient jdbc, Phrases phrases) {
		this.jdbc = jdbc;
		this.phrases = phrases;
	}

	/** A line a person typed, kept as written. */
	public TimelineEntry append(OrganisationId organisation, UUID incidentId, TimelineKind kind, String type,
			Instant occurredAt, Instant now, Actor by, String source, String text) {
		return insert(organisation, incidentId, kind, type, occurredAt, now, by, source, text, null);
	}

	/**
	 * A line the system writes: kept as its message key and arguments, text keeps the
	 * Japanese rendering.
	 */
	public TimelineEntry append(OrganisationId organisation, UUID incidentId, TimelineKind kind, String type,
			Instant occurredAt, Instant now, Actor by, String source, Phrase phrase) {
		return insert(organisation, incidentId, kind, type, occurredAt, now, by, source, phrases.japanese(phrase),
				phrase);
	}

	/** A line of the handling log an incident's change left, at the time it was made. */
	public TimelineEntry append(OrganisationId organisation, UUID incidentId, Instant at, Actor by, LogLine line) {
		return line.phrase() != null
				? append(organisation, incidentId, TimelineKind.LOG, line.type(), at, at, by, null, line.phrase())
				: append(organisation, incidentId, TimelineKind.LOG, line.type(), at, at, by, null, line.text());
	}

	private TimelineEntry insert(OrganisationId organisation, UUID incidentId, TimelineKind kind, String type,
			Instant occurredAt, Instant now, Actor by, String source, String text, Phrase phrase) {
		TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), kind, type, Timestamps.micros(occurredAt),
				Timestamps.micros(now), by == null ? null : by.id(), by == null ? null : by.displayName(), source,
				text.length() > 4000 ? text.substring(0, 3999) + "…" : text);
		jdbc.sql(
				"""
						INSERT INTO incident_timeline (id, organisation_id, incident_id, kind, entry_type, occurred_at, recorded_at,
						                               actor_id, actor_name, source, text, message_key, message_args)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), organisation.value(), incidentId, kind.name(), type, utc(entry.occurredAt()),
					utc(entry.recordedAt()), entry.actorId(), entry.actorName(), source, entry.text(),
					phrase == null ? null : phrase.key(), phrase == null ? null : phrase.argsJson())
			.update();
		return entry;
	}

	/** One page, each line the system wrote rendered in the reader's language. */
	public PageOf<TimelineEntry> page(UUID incidentId, TimelineKind kind, boolean newestFirst, PageRequest page,
			Locale locale) {
		String where = " WHERE incident_id = :incident" + (kind == null ? "" : " AND kind = :kind");
		String direction = newestFirst ? " DESC" : " ASC";
		JdbcClient.StatementSpec select = jdbc
			.sql("SELECT * FROM incident_timeline" + where + " ORDER BY occurred_at" + direction + ", id" + direction
					+ " LIMIT :limit OFFSET :offset")
			.param("incident", incidentId)
			.param("limit", page.size())
			.param("offset", page.offset());
		if (kind != null) {
			select = select.param("kind", kind.name());
		}
		List<TimelineEntry> items = select
			.query((rs, n) -> new TimelineEntry(rs.getObject("id", UUID.class),
					TimelineKind.valueOf(rs.getString("kind")), rs.getString("entry_type"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("source"),
					text(rs.getString("text"), rs.getString("text_en"), rs.getString("message_key"),
							rs.getString("message_args"), locale)))
			.list();
		long total;
		if (items.size() < page.size() && (page.page() == 0 || !items.isEmpty())) {
			total = page.offset() + items.size();
		}
		else {
			JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM incident_timeline" + where)
				.param("incident", incidentId);
			total = (kind == null ? count : count.param("kind", kind.name())).query(Long.class).single();
		}
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	private String text(String ja, String en, String key, String args, Locale locale) {
		if (key != null) {
			return phrases.render(Phrase.fromJson(key, args), locale);
		}
		return en != null && "en".equals(locale.getLanguage()) ? en : ja;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The incident's number (for audit entries), or null. */
	public String numberOf(UUID incidentId) {
		return jdbc.sql("SELECT number FROM incident WHERE id = ?")
			.param(incidentId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
