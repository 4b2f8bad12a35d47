package jp.hikeshi.remediation;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * A recovery item (RES-4) moved to another stage; {@code stage} is where it stands now
 * (VERIFIED: 復旧確認 done) and {@code version} a number that grows with each change (the
 * item's version after it, plus one), so that listeners hearing two changes at once on
 * two threads can tell the later one (0: unknown, e.g. an event stored before the field).
 */
public record RecoveryChanged(OrganisationId organisation, UUID incidentId, UUID itemId, RecoveryStage stage,
		long version) {

	public RecoveryChanged(OrganisationId organisation, UUID incidentId, UUID itemId, RecoveryStage stage) {
		this(organisation, incidentId, itemId, stage, 0);
	}
}
