package jp.hikeshi.playbook;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.shared.Bilingual;

/** One stored version of a playbook as the version history lists it. */
public record PlaybookHistoryEntry(UUID id, String code, int version, Bilingual title, int taskCount, Instant createdAt,
		String createdBy) {
}
