package jp.hikeshi.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.IncidentActivity;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.Phrase;

/**
 * Alerts were attached to an open incident instead of being filed as a report (DET-2);
 * the incident's handling log lists them ({@code logPhrase}) once this is heard as an
 * {@link IncidentActivity}.
 */
public record AlertsAttached(OrganisationId organisation, UUID incidentId, List<UUID> alertIds, Instant occurredAt,
		UUID actorId, String actorName, Phrase logPhrase) implements IncidentActivity {
}
