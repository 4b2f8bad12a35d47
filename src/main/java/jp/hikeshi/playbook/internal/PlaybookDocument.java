package jp.hikeshi.playbook.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.playbook.PlaybookVersion;
import jp.hikeshi.shared.Bilingual;

/**
 * The content of a playbook document as read and validated, before it is stored as a
 * version.
 */
public record PlaybookDocument(String code, Bilingual title, Bilingual description, List<String> categories,
		List<PlaybookRule> rules, List<PlaybookTask> tasks) {

	public PlaybookDocument {
		categories = List.copyOf(categories);
		rules = List.copyOf(rules);
		tasks = List.copyOf(tasks);
	}

	public PlaybookVersion asVersion(UUID id, int version, Instant createdAt, Instant retiredAt) {
		return new PlaybookVersion(id, code, version, title, description, categories, rules, tasks, createdAt,
				retiredAt);
	}

	public static PlaybookDocument of(PlaybookVersion version) {
		return new PlaybookDocument(version.code(), version.title(), version.description(), version.categories(),
				version.rules(), version.tasks());
	}
}
