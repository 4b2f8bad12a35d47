package jp.hikeshi.maintenance.internal;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;

/**
 * The audit entries of the maintenance log: an action on a subject, with its text cut to
 * what the log keeps.
 */
public final class MaintenanceAudit {

	private MaintenanceAudit() {
	}

	public static AuditEvent of(Actor by, String action, String type, UUID id, String summary, Instant at) {
		return AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on(type, id)
			.with("text", cut(summary, 500))
			.summary(cut(summary, 500))
			.at(at);
	}

	/** The text, or its first {@code max - 1} characters and an ellipsis. */
	public static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
