package jp.hikeshi.incident;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** An incident was opened, from a report's triage or directly. */
public record IncidentOpened(OrganisationId organisation, UUID incidentId, String number, int priority) {
}
