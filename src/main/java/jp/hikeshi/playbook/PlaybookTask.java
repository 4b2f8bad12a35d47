package jp.hikeshi.playbook;

import java.time.Duration;
import java.util.List;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.shared.Bilingual;

/**
 * A task of a playbook. {@code key} is stable across the playbook's versions, so applying
 * a newer version adds only the tasks an incident does not have yet. {@code due} is
 * relative to when the playbook is applied (null: no due). {@code role} is a role code of
 * the role plan ({@link jp.hikeshi.directory.ResponseRole}). {@code completedBy} is the
 * recorded work that completes the task by itself (null: only a person completes it).
 */
public record PlaybookTask(String key, IncidentProcess process, Bilingual title, Bilingual guidance, String requirement,
		String role, Duration due, boolean mandatory, List<Bilingual> checklist, CompletedBy completedBy) {

	public PlaybookTask {
		checklist = checklist == null ? List.of() : List.copyOf(checklist);
	}

	/** A task that only a person completes. */
	public PlaybookTask(String key, IncidentProcess process, Bilingual title, Bilingual guidance, String requirement,
			String role, Duration due, boolean mandatory, List<Bilingual> checklist) {
		this(key, process, title, guidance, requirement, role, due, mandatory, checklist, null);
	}
}
