package jp.hikeshi.intake.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.intake.ReportSummary;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report list as a read model: one indexed query for the page and one for the count.
 */
@Component
public class ReportQueries {

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<ReportSummary> page(Actor actor, ReportFilter filter, PageRequest page, ZoneId zone) {
		Query query = new Query(actor, filter, zone);
		// The page's ids come from an index alone (skipping OFFSET rows without reading
		// them); only the page's
		// rows are then read from the table.
		List<ReportSummary> items = query.bind(jdbc
			.sql("""
					SELECT r.id, r.number, r.status, r.category, r.channel, r.summary, r.reporter_name, r.detected_at, r.received_at, r.needs_review
					FROM report r JOIN (SELECT id FROM report"""
					+ query.where + " ORDER BY " + query.order
					+ " LIMIT :limit OFFSET :offset) page ON page.id = r.id ORDER BY r.received_at DESC, r.id DESC"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new ReportSummary(rs.getObject("id", UUID.class), rs.getString("number"),
					ReportStatus.valueOf(rs.getString("status")), rs.getString("category"),
					Channel.valueOf(rs.getString("channel")), rs.getString("summary"), rs.getString("reporter_name"),
					rs.getObject("detected_at", OffsetDateTime.class).toInstant(),
					rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getBoolean("needs_review")))
			.list();
		long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty()) ? page.offset() + items.size()
				: query.tallied()
						// no filter, or only status and category: the tally that filing
						// and triage keep, instead of
						// counting every matching report
						? query.bind(jdbc.sql("SELECT COALESCE(SUM(reports), 0) FROM report_count" + query.where))
							.query(Long.class)
							.single()
						: query.bind(jdbc.sql("SELECT COUNT(*) FROM report" + query.where)).query(Long.class).single();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	private static final class Query {

		private final StringBuilder where = new StringBuilder(" WHERE organisation_id = :org");

		private final String order;

		private final Actor actor;

		private final ReportFilter filter;

		private final ZoneId zone;

		private final String like;

		/**
		 * Whether the conditions are only ones the {@code report_count} tally has as
		 * columns of the same names (organisation, status, category), so that its rows
		 * can be summed instead of counting reports.
		 */
		private boolean tallied = true;

		Query(Actor actor, ReportFilter filter, ZoneId zone) {
			this.actor = actor;
			this.filter = filter;
			this.zone = zone;
			if (!actor.seesWholeOrganisation()) {
				notTallied(" AND received_by = :me");
			}
			if (filter.status() != null) {
				where.append(" AND status = :status");
			}
			if (filter.category() != null && !filter.category().isBlank()) {
				where.append(" AND category = :category");
			}
			if (filter.channel() != null) {
				notTallied(" AND channel = :channel");
			}
			if (filter.needsReview() != null) {
				notTallied(" AND needs_review = :review");
			}
			if (filter.receivedFrom() != null) {
				notTallied(" AND received_at >= :from");
			}
			if (filter.receivedTo() != null) {
				notTallied(" AND received_at < :to");
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				notTallied(" AND (LOWER(summary) LIKE :text ESCAPE '\\' OR LOWER(number) LIKE :text ESCAPE '\\')");
				like = "%" + filter.text()
					.strip()
					.toLowerCase()
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
			}
			else {
				like = null;
			}
			order = order(actor, filter);
		}

		/**
		 * Newest received first ({@code received_at DESC, id DESC}), spelled with the
		 * leading columns of the matching index that the WHERE clause fixes by equality.
		 * Those columns are constant among the rows, so the order is the same; spelled
		 * out, H2 also reads the index backwards and stops after the page instead of
		 * sorting every matching row (PostgreSQL does so either way).
		 */
		private static String order(Actor actor, ReportFilter filter) {
			boolean status = filter.status() != null;
			boolean category = filter.category() != null && !filter.category().isBlank();
			String prefix = !actor.seesWholeOrganisation() ? "received_by DESC, "
					: category && status ? "organisation_id DESC, category DESC, status DESC, "
							: category ? "organisation_id DESC, category DESC, "
									: status ? "organisation_id DESC, status DESC, " : "organisation_id DESC, ";
			return prefix + "received_at DESC, id DESC";
		}

		/** Adds a condition the tally cannot answer. */
		private void notTallied(String condition) {
			where.append(condition);
			tallied = false;
		}

		boolean tallied() {
			return tallied;
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			spec = spec.param("org", actor.organisation().value());
			if (!actor.seesWholeOrganisation()) {
				spec = spec.param("me", actor.id());
			}
			if (filter.status() != null) {
				spec = spec.param("status", filter.status().name());
			}
			if (filter.category() != null && !filter.category().isBlank()) {
				spec = spec.param("category", filter.category());
			}
			if (filter.channel() != null) {
				spec = spec.param("channel", filter.channel().name());
			}
			if (filter.needsReview() != null) {
				spec = spec.param("review", filter.needsReview());
			}
			if (filter.receivedFrom() != null) {
				spec = spec.param("from",
						filter.receivedFrom()
							.atStartOfDay(zone)
							.toOffsetDateTime()
							.withOffsetSameInstant(ZoneOffset.UTC));
			}
			if (filter.receivedTo() != null) {
				spec = spec.param("to",
						filter.receivedTo()
							.plusDays(1)
							.atStartOfDay(zone)
							.toOffsetDateTime()
							.withOffsetSameInstant(ZoneOffset.UTC));
			}
			if (like != null) {
				spec = spec.param("text", like);
			}
			return spec;
		}

	}

}
