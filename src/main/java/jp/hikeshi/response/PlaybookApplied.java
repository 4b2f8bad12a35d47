package jp.hikeshi.response;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A playbook version was applied to an incident and added {@code tasksAdded} tasks (work
 * already recorded completes them).
 */
public record PlaybookApplied(OrganisationId organisation, UUID incidentId, String playbook, int version,
		int tasksAdded) {
}
