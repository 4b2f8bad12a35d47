package jp.hikeshi.incident;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.internal.Incident;

/**
 * The audit entry of a change to an incident, the same for the commands and the sharing.
 */
final class IncidentAudit {

	private IncidentAudit() {
	}

	static AuditEvent.Builder of(Actor by, String action, Incident incident, String summary) {
		return AuditEvent.by(by)
			.did(action)
			.on("INCIDENT", incident.id())
			.with("number", incident.number())
			.with("title", incident.title())
			.with("report", action.equals("INCIDENT_REPORT_LINKED") ? summary : null)
			.summary(incident.number() + " " + summary);
	}

}
