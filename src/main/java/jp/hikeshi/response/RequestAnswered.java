package jp.hikeshi.response;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A vendor answered a request (a task given to the vendor); the task's owner reviews the
 * answer.
 */
public record RequestAnswered(OrganisationId organisation, UUID incidentId, UUID taskId, UUID answeredBy) {
}
