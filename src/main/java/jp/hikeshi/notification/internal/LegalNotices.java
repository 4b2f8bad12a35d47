package jp.hikeshi.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.reporting.LegalDeadlineDue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the incident's commander and the legal role (法務・個人情報保護) in-app that a legal
 * deadline warns or passed (REP-3, REP-5). The reminder e-mail is the reporting module's,
 * so these notices are not mailed again.
 */
@Component
class LegalNotices {

	private final IncidentQueries incidents;

	private final Recipients recipients;

	private final Notifier notifier;

	LegalNotices(IncidentQueries incidents, Recipients recipients, Notifier notifier) {
		this.incidents = incidents;
		this.recipients = recipients;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(LegalDeadlineDue due) {
		IncidentView incident = incidents.get(Recipients.system(due.organisation()), due.incidentId());
		List<UUID> readers = new ArrayList<>();
		if (incident.commander() != null) {
			readers.add(incident.commander().id());
		}
		readers.addAll(recipients.ofRole(due.organisation(), ResponseRole.LEGAL));
		Map<String, String> params = new LinkedHashMap<>();
		params.put("incident", incident.number() + " " + incident.title());
		params.put("obligationKey", "reporting.obligation." + due.obligation());
		params.put("due", due.due().toString());
		NotificationKind kind = due.overdue() ? NotificationKind.LEGAL_DEADLINE_OVERDUE
				: NotificationKind.LEGAL_DEADLINE_WARN;
		notifier
			.tell(new Notifier.Notice(due.organisation(), kind, params, "/incidents/" + incident.id() + "/reporting",
					"legal:" + incident.id() + ":" + due.obligation() + ":" + kind + ":" + due.due().getEpochSecond()),
					readers);
	}

}
