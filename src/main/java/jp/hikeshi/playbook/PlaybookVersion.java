package jp.hikeshi.playbook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.Bilingual;

/**
 * One version of a scenario playbook (GEN-3). Versions are immutable: an edit or import
 * stores a new version, and incidents keep the version they applied. {@code categories}
 * are event category codes the playbook suits.
 */
public record PlaybookVersion(UUID id, String code, int version, Bilingual title, Bilingual description,
		List<String> categories, List<PlaybookRule> rules, List<PlaybookTask> tasks, Instant createdAt,
		Instant retiredAt) {

	public PlaybookVersion {
		categories = categories == null ? List.of() : List.copyOf(categories);
		rules = rules == null ? List.of() : List.copyOf(rules);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
	}

	public boolean retired() {
		return retiredAt != null;
	}
}
