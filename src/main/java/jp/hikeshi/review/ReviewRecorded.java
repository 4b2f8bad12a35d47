package jp.hikeshi.review;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** An incident's review was written or revised (revision 1 is the first). */
public record ReviewRecorded(OrganisationId organisation, UUID incidentId, int revision, ReviewOutcome outcome) {
}
