package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A legal deadline of an incident reached its warning time, or passed ({@code overdue});
 * {@code obligation} is an {@link ObligationKind} name. Published once per deadline and
 * threshold, with the reminder mail.
 */
public record LegalDeadlineDue(OrganisationId organisation, UUID incidentId, String obligation, Instant due,
		boolean overdue) {
}
