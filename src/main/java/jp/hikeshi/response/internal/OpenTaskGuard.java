package jp.hikeshi.response.internal;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.ClosingGuard;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps an incident open while one of its mandatory tasks is still to do, in progress,
 * waiting for a vendor or answered (the answer still to be reviewed).
 */
@Component
class OpenTaskGuard implements ClosingGuard {

	private final TaskRecords tasks;

	private final MessageSource messages;

	OpenTaskGuard(TaskRecords tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	@Override
	public List<OpenItem> openItems(OrganisationId organisation, UUID incidentId) {
		var locale = LocaleContextHolder.getLocale();
		return tasks.openMandatory(organisation.value(), incidentId)
			.stream()
			.map(title -> new OpenItem("MANDATORY_TASK",
					messages.getMessage("task.openMandatory", new Object[] { title.in(locale) }, locale),
					"/incidents/" + incidentId + "/response"))
			.toList();
	}

}
