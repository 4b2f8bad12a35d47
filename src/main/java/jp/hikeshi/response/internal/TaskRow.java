package jp.hikeshi.response.internal;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.shared.Bilingual;

/** The columns of a task. */
public record TaskRow(UUID id, UUID organisationId, UUID incidentId, IncidentProcess process, Bilingual title,
		Bilingual description, String requirement, String role, Assignee assignee, Instant due, boolean mandatory,
		TaskStatus status, String statusReason, String playbook, String key, String createdBy, Instant createdAt,
		Instant updatedAt, int version) {

	public TaskRow with(TaskStatus status, String reason, Assignee assignee, Instant due, Instant now) {
		return new TaskRow(id, organisationId, incidentId, process, title, description, requirement, role, assignee,
				due, mandatory, status, reason, playbook, key, createdBy, createdAt, now, version + 1);
	}
}
