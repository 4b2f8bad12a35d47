package jp.hikeshi.reporting.internal;

import static jp.hikeshi.reporting.internal.AssessmentRecords.instant;
import static jp.hikeshi.reporting.internal.AssessmentRecords.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.reporting.Channel;
import jp.hikeshi.reporting.DocumentKind;
import jp.hikeshi.reporting.NotificationStatus;
import jp.hikeshi.reporting.RecipientKind;
import jp.hikeshi.reporting.Requirement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications of the plan; a save on a stale version is refused, never overwritten.
 */
@Repository
public class Notifications {

	private static final int PER_INCIDENT_LIMIT = 200;

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Notification n) {
		jdbc.sql(
				"""
						INSERT INTO notification (id, organisation_id, incident_id, recipient_kind, requirement, reason, due_at, status,
						  channel, recipient, language, document_kind, subject, content, evidence_ids, sent_by_name, sent_at,
						  acknowledged_at, created_at, version)
						VALUES (:id, :org, :inc, :kind, :req, :reason, :due, :status, :channel, :recipient, :lang, :doc, :subject,
						  :content, :evidence, :sentBy, :sentAt, :ackAt, :createdAt, 0)""")
			.params(params(n))
			.param("org", n.organisationId())
			.param("inc", n.incidentId())
			.param("kind", n.recipientKind().name())
			.param("createdAt", utc(n.createdAt()))
			.update();
	}

	/** Saves a change made on {@code expectedVersion}. */
	public void update(Notification n, long expectedVersion) {
		int updated = jdbc
			.sql("""
					UPDATE notification SET requirement = :req, reason = :reason, due_at = :due, status = :status,
					  channel = :channel, recipient = :recipient, language = :lang, document_kind = :doc, subject = :subject,
					  content = :content, evidence_ids = :evidence, sent_by_name = :sentBy, sent_at = :sentAt,
					  acknowledged_at = :ackAt, version = version + 1
					WHERE id = :id AND version = :version""")
			.params(params(n))
			.param("version", expectedVersion)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"notification " + n.id() + " changed since version " + expectedVersion);
		}
	}

	public Optional<Notification> find(UUID incidentId, UUID id) {
		return jdbc.sql("SELECT * FROM notification WHERE id = :id AND incident_id = :inc")
			.param("id", id)
			.param("inc", incidentId)
			.query(Notifications::row)
			.optional();
	}

	public List<Notification> forIncident(UUID incidentId) {
		return jdbc.sql("SELECT * FROM notification WHERE incident_id = :inc ORDER BY created_at, id LIMIT :limit")
			.param("inc", incidentId)
			.param("limit", PER_INCIDENT_LIMIT)
			.query(Notifications::row)
			.list();
	}

	private static java.util.Map<String, Object> params(Notification n) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", n.id());
		p.put("req", n.requirement().name());
		p.put("reason", n.reason());
		p.put("due", utc(n.due()));
		p.put("status", n.status().name());
		p.put("channel", n.channel().name());
		p.put("recipient", n.recipient());
		p.put("lang", n.language());
		p.put("doc", n.documentKind() == null ? null : n.documentKind().name());
		p.put("subject", n.subject());
		p.put("content", n.content());
		p.put("evidence", n.evidenceIds().isEmpty() ? null
				: n.evidenceIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
		p.put("sentBy", n.sentBy());
		p.put("sentAt", utc(n.sentAt()));
		p.put("ackAt", utc(n.acknowledgedAt()));
		return p;
	}

	private static Notification row(ResultSet rs, int i) throws SQLException {
		String evidence = rs.getString("evidence_ids");
		String doc = rs.getString("document_kind");
		return new Notification(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("incident_id", UUID.class), instant(rs, "created_at"),
				RecipientKind.valueOf(rs.getString("recipient_kind")), Requirement.valueOf(rs.getString("requirement")),
				rs.getString("reason"), instant(rs, "due_at"), NotificationStatus.valueOf(rs.getString("status")),
				Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("language"),
				doc == null ? null : DocumentKind.valueOf(doc), rs.getString("subject"), rs.getString("content"),
				evidence == null ? List.of() : Arrays.stream(evidence.split(",")).map(UUID::fromString).toList(),
				rs.getString("sent_by_name"), instant(rs, "sent_at"), instant(rs, "acknowledged_at"),
				rs.getLong("version"));
	}

}
