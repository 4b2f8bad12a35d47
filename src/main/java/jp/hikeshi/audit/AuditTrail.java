package jp.hikeshi.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import jp.hikeshi.audit.internal.AuditChain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/** Reads the audit trail, newest first, optionally for one object or one actor. */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;
	private final AuditChain chain;

	AuditTrail(JdbcClient jdbc, AuditChain chain) {
		this.jdbc = jdbc;
		this.chain = chain;
	}

	/** Walks the hash chain and reports whether every entry is unchanged, in place and in order. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return chain.verify();
	}

	public PageOf<AuditEntry> page(OrganisationId organisation, String objectType, String objectId, String actor,
			PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE organisation_id = :org");
		if (objectType != null && !objectType.isBlank()) {
			where.append(" AND object_type = :type");
		}
		if (objectId != null && !objectId.isBlank()) {
			where.append(" AND object_id = :objectId");
		}
		if (actor != null && !actor.isBlank()) {
			where.append(" AND actor = :actor");
		}
		List<AuditEntry> items = bind(jdbc.sql("SELECT * FROM audit_entry" + where
				+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"), organisation, objectType, objectId, actor)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getObject("actor_id", UUID.class), rs.getString("action"),
					rs.getString("object_type"), rs.getString("object_id"), rs.getString("summary"), rs.getLong("seq"),
					rs.getString("entry_hash")))
			.list();
		long total = bind(jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where), organisation, objectType, objectId, actor)
			.query(Long.class)
			.single();
		return new PageOf<>(new ArrayList<>(items), page.page(), page.size(), total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrganisationId organisation,
			String objectType, String objectId, String actor) {
		spec = spec.param("org", organisation.value());
		if (objectType != null && !objectType.isBlank()) {
			spec = spec.param("type", objectType);
		}
		if (objectId != null && !objectId.isBlank()) {
			spec = spec.param("objectId", objectId);
		}
		if (actor != null && !actor.isBlank()) {
			spec = spec.param("actor", actor);
		}
		return spec;
	}

}
