package jp.hikeshi.response;

import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.shared.OrganisationId;

/**
 * A task was given to a user or a vendor (by hand, in bulk, or when a playbook was applied); {@code assignedBy} is
 * the acting user's id, or null for the system.
 */
public record TaskAssigned(OrganisationId organisation, UUID incidentId, UUID taskId, AssigneeKind assigneeKind,
		UUID assigneeId, UUID assignedBy) {
}
