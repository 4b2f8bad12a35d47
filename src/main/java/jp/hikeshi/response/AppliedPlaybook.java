package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.shared.Bilingual;

/**
 * A playbook version an incident applied (GEN-3), with the rules to keep in view while it
 * is in use.
 */
public record AppliedPlaybook(String code, int version, UUID versionId, Bilingual title, String appliedBy,
		Instant appliedAt, List<PlaybookRule> rules) {
}
