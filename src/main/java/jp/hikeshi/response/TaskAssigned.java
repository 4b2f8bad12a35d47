package jp.hikeshi.response;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.shared.OrganisationId;

/**
 * A task was given to a user or a vendor (by hand, in bulk, or when a playbook was
 * applied); {@code assignedBy} is the acting user's id, or null for the system;
 * {@code assignedAt} when the assignment was written (null in events stored before it was
 * carried), so that of two assignments heard at once the later one is remembered as the
 * owner.
 */
public record TaskAssigned(OrganisationId organisation, UUID incidentId, UUID taskId, AssigneeKind assigneeKind,
		UUID assigneeId, UUID assignedBy, Instant assignedAt) {
}
