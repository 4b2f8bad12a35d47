package jp.hikeshi.response.web;

import java.util.Comparator;
import java.util.List;

import jp.hikeshi.playbook.PlaybookVersion;

/**
 * The playbook picker's proposal for an incident (RES-1): the playbooks written for the
 * incident's category first — those naming it as their main category before those that
 * merely include it — then the others; the first suited one is preselected.
 */
record PlaybookSuggestion(List<PlaybookVersion> suited, List<PlaybookVersion> others, String preselected) {

	static PlaybookSuggestion forCategory(List<PlaybookVersion> active, String category) {
		List<PlaybookVersion> suited = active.stream()
			.filter(p -> category != null && p.categories().contains(category))
			.sorted(Comparator.comparingInt(p -> p.categories().indexOf(category)))
			.toList();
		List<PlaybookVersion> others = active.stream().filter(p -> !suited.contains(p)).toList();
		return new PlaybookSuggestion(suited, others, suited.isEmpty() ? null : suited.get(0).code());
	}
}
