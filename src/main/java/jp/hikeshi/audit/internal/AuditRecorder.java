package jp.hikeshi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.hikeshi.audit.AuditEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes each published audit event once its transaction has committed. */
@Component
class AuditRecorder {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AuditEvent event) {
		jdbc.sql("""
				INSERT INTO audit_entry (organisation_id, occurred_at, recorded_at, actor, actor_id, action, object_type, object_id, summary)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.organisation().value(), utc(event.occurredAt()), utc(Instant.now(clock)), event.actor(),
					event.actorId(), event.action(), event.objectType(), event.objectId(), truncate(event.summary()))
			.update();
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String truncate(String summary) {
		return summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 1997) + "...";
	}
}
