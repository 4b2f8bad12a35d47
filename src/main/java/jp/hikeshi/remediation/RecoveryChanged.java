package jp.hikeshi.remediation;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** A recovery item (RES-4) moved to another stage; {@code stage} is where it stands now (VERIFIED: 復旧確認 done). */
public record RecoveryChanged(OrganisationId organisation, UUID incidentId, UUID itemId, RecoveryStage stage) {
}
