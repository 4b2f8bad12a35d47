package jp.hikeshi.playbook;

import java.time.Duration;
import java.util.List;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.shared.Bilingual;

/**
 * A task of a playbook. {@code key} is stable across the playbook's versions, so applying a newer version adds only
 * the tasks an incident does not have yet. {@code due} is relative to when the playbook is applied (null: no due).
 * {@code role} is a role code of the role plan ({@link jp.hikeshi.directory.ResponseRole}).
 */
public record PlaybookTask(String key, IncidentProcess process, Bilingual title, Bilingual guidance, String requirement,
		String role, Duration due, boolean mandatory, List<Bilingual> checklist) {

	public PlaybookTask {
		checklist = checklist == null ? List.of() : List.copyOf(checklist);
	}
}
