package jp.hikeshi.triage;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A triage decided that an event was not an incident and issued a warning (注意喚起, TRI-2)
 * to mail addresses: {@code reference} names the warning (sending it again to an address
 * does nothing); the texts are Japanese and English.
 */
public record WarningIssued(OrganisationId organisation, UUID reportId, String reference, List<String> addresses,
		String subjectJa, String textJa, String subjectEn, String textEn, UUID issuedBy, String issuedByUsername,
		String issuedByName) {

	public WarningIssued {
		addresses = List.copyOf(addresses);
	}
}
