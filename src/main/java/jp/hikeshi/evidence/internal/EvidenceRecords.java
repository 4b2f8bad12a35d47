package jp.hikeshi.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.evidence.CustodyEntry;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and appends evidence rows; custody entries are only ever inserted. */
@Component
public class EvidenceRecords {

	private final JdbcClient jdbc;

	EvidenceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The columns of a new evidence item; it belongs to an incident or (before triage) to
	 * a report.
	 */
	public record Row(UUID id, UUID organisationId, UUID incidentId, UUID reportId, String number, EvidenceKind kind,
			int volatilityRank, String title, UUID sourceAssetId, String collectedBy, Instant collectedAt,
			String method, String storageLocation, Long sizeBytes, String sha256, String blobSha256, String fileName,
			String mediaType, String notes, UUID registeredBy, String registeredByName, Instant registeredAt,
			UUID requestTaskId) {
	}

	public void insert(Row r) {
		jdbc.sql(
				"""
						INSERT INTO evidence_item (id, organisation_id, incident_id, report_id, number, kind, volatility_rank, title, source_asset_id,
						    collected_by, collected_at, method, storage_location, size_bytes, sha256, blob_sha256, file_name, media_type,
						    notes, registered_by, registered_by_name, registered_at, request_task_id)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.organisationId(), r.incidentId(), r.reportId(), r.number(), r.kind().name(),
					r.volatilityRank(), r.title(), r.sourceAssetId(), r.collectedBy(), utc(r.collectedAt()), r.method(),
					r.storageLocation(), r.sizeBytes(), r.sha256(), r.blobSha256(), r.fileName(), r.mediaType(),
					r.notes(), r.registeredBy(), r.registeredByName(), utc(r.registeredAt()), r.requestTaskId())
			.update();
	}

	public void rememberBlob(String sha256, long size, Instant now) {
		jdbc.sql("INSERT INTO evidence_blob (sha256, size_bytes, stored_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(sha256, size, utc(now))
			.update();
	}

	public void appendCustody(UUID evidenceId, CustodyEntry e) {
		jdbc.sql(
				"""
						INSERT INTO custody_entry (id, evidence_id, position, from_holder, to_holder, transferred_at, purpose, location,
						    corrects_position, recorded_by, recorded_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), evidenceId, e.position(), e.fromHolder(), e.toHolder(), utc(e.transferredAt()),
					e.purpose(), e.location(), e.correctsPosition(), e.recordedBy(), utc(e.recordedAt()))
			.update();
	}

	public List<CustodyEntry> custody(UUID evidenceId) {
		return jdbc.sql("SELECT * FROM custody_entry WHERE evidence_id = ? ORDER BY position")
			.param(evidenceId)
			.query((rs, n) -> custodyEntry(rs))
			.list();
	}

	/**
	 * Who holds each item of an incident (and of the reports linked to it) now, and
	 * where: the last custody entry of each, in one query.
	 */
	public java.util.Map<UUID, CustodyEntry> lastCustodyOfIncident(UUID incidentId, List<UUID> reportIds) {
		java.util.Map<UUID, CustodyEntry> last = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT c.* FROM custody_entry c JOIN evidence_item e ON e.id = c.evidence_id
				WHERE (e.incident_id = :incident OR e.report_id IN (:reports))
				  AND c.position = (SELECT MAX(x.position) FROM custody_entry x WHERE x.evidence_id = c.evidence_id)""")
			.param("incident", incidentId)
			.param("reports", orNobody(reportIds))
			.query(rs -> {
				last.put(rs.getObject("evidence_id", UUID.class), custodyEntry(rs));
			});
		return last;
	}

	public void insertMail(UUID evidenceId, InertMail.Parsed m) {
		jdbc.sql(
				"""
						INSERT INTO mail_artifact (evidence_id, from_header, reply_to, return_path, message_id, date_header, subject,
						    authentication_results, received_chain, text_body, html_source, parse_problem)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(evidenceId, m.from(), m.replyTo(), m.returnPath(), m.messageId(), m.date(), m.subject(),
					m.authenticationResults(), m.receivedChain(), m.textBody(), m.htmlSource(), m.problem())
			.update();
		int position = 0;
		for (InertMail.Attachment a : m.attachments()) {
			jdbc.sql(
					"""
							INSERT INTO mail_attachment (evidence_id, position, file_name, media_type, size_bytes, md5, sha1, sha256)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(evidenceId, position++, a.fileName(), a.mediaType(), a.size(), a.md5(), a.sha1(), a.sha256())
				.update();
		}
	}

	public Optional<Located> find(UUID id) {
		return jdbc.sql("SELECT * FROM evidence_item WHERE id = ?")
			.param(id)
			.query(EvidenceRecords::located)
			.optional();
	}

	/**
	 * The items of an incident and those of the reports linked to it, most volatile
	 * first.
	 */
	public List<Located> forIncident(UUID incidentId, List<UUID> reportIds) {
		return jdbc.sql("""
				SELECT * FROM evidence_item WHERE incident_id = :incident OR report_id IN (:reports)
				ORDER BY volatility_rank, registered_at LIMIT 1000""")
			.param("incident", incidentId)
			.param("reports", orNobody(reportIds))
			.query(EvidenceRecords::located)
			.list();
	}

	public List<Located> forReport(UUID reportId) {
		return jdbc
			.sql("SELECT * FROM evidence_item WHERE report_id = ? ORDER BY volatility_rank, registered_at LIMIT 1000")
			.param(reportId)
			.query(EvidenceRecords::located)
			.list();
	}

	// an empty IN list is not valid SQL; a random id matches nothing
	private static List<UUID> orNobody(List<UUID> ids) {
		return ids.isEmpty() ? List.of(UUID.randomUUID()) : ids;
	}

	public Optional<EvidenceView.MailView> mail(UUID evidenceId) {
		List<EvidenceView.MailAttachment> attachments = jdbc
			.sql("SELECT * FROM mail_attachment WHERE evidence_id = ? ORDER BY position")
			.param(evidenceId)
			.query((rs, n) -> new EvidenceView.MailAttachment(rs.getString("file_name"), rs.getString("media_type"),
					rs.getLong("size_bytes"), rs.getString("md5"), rs.getString("sha1"), rs.getString("sha256")))
			.list();
		return jdbc.sql("SELECT * FROM mail_artifact WHERE evidence_id = ?")
			.param(evidenceId)
			.query((rs, n) -> new EvidenceView.MailView(rs.getString("from_header"), rs.getString("reply_to"),
					rs.getString("return_path"), rs.getString("message_id"), rs.getString("date_header"),
					rs.getString("subject"), rs.getString("authentication_results"), rs.getString("received_chain"),
					rs.getString("text_body"), rs.getString("html_source"), attachments, rs.getString("parse_problem")))
			.optional();
	}

	/** An evidence row with the organisation and incident it belongs to. */
	public record Located(UUID organisationId, Row row) {
	}

	private static Located located(ResultSet rs, int n) throws SQLException {
		Long size = (Long) rs.getObject("size_bytes", Long.class);
		Row row = new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("incident_id", UUID.class), rs.getObject("report_id", UUID.class), rs.getString("number"),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getInt("volatility_rank"), rs.getString("title"),
				rs.getObject("source_asset_id", UUID.class), rs.getString("collected_by"), instant(rs, "collected_at"),
				rs.getString("method"), rs.getString("storage_location"), size, rs.getString("sha256"),
				rs.getString("blob_sha256"), rs.getString("file_name"), rs.getString("media_type"),
				rs.getString("notes"), rs.getObject("registered_by", UUID.class), rs.getString("registered_by_name"),
				instant(rs, "registered_at"), rs.getObject("request_task_id", UUID.class));
		return new Located(row.organisationId(), row);
	}

	private static CustodyEntry custodyEntry(ResultSet rs) throws SQLException {
		return new CustodyEntry(rs.getInt("position"), rs.getString("from_holder"), rs.getString("to_holder"),
				instant(rs, "transferred_at"), rs.getString("purpose"), rs.getString("location"),
				(Integer) rs.getObject("corrects_position"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
