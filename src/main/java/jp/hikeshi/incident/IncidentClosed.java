package jp.hikeshi.incident;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** An incident was closed after every closing guard let it. */
public record IncidentClosed(OrganisationId organisation, UUID incidentId, String number) {
}
