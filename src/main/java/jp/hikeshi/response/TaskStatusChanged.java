package jp.hikeshi.response;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A task's status changed (by a person, or because the work it describes was recorded);
 * {@code process} is the incident process the task belongs to (DETECTION, TRIAGE,
 * RESPONSE, REPORTING) or null.
 */
public record TaskStatusChanged(OrganisationId organisation, UUID incidentId, UUID taskId, String process,
		TaskStatus from, TaskStatus to) {
}
