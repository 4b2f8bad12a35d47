package jp.hikeshi.triage.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.triage.CheckItem;
import jp.hikeshi.triage.Checklists;
import jp.hikeshi.triage.TriageDesk;
import jp.hikeshi.triage.TriageRequest;
import jp.hikeshi.triage.TriageView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Triage over REST: facts and the decision on a report (TRI-1, TRI-2), and the check
 * lists per category.
 */
@RestController
@Tag(name = "triage", description = "Fact-finding and the incident-or-not decision / 事実確認・トリアージ")
class TriageApi {

	private final TriageDesk desk;

	private final Checklists checklists;

	private final Actors actors;

	TriageApi(TriageDesk desk, Checklists checklists, Actors actors) {
		this.desk = desk;
		this.checklists = checklists;
		this.actors = actors;
	}

	@PostMapping("/api/v1/reports/{id}/triage")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Record facts and/or decide: INCIDENT (new, or attach with incidentId), NOT_INCIDENT (optional warning) "
					+ "or DUPLICATE (duplicateOf); a later call revises the decision with a new reason, keeping the history")
	TriageView triage(@PathVariable UUID id, @Valid @RequestBody TriageRequest request) {
		return desk.triage(actors.current(), id, request);
	}

	@GetMapping("/api/v1/reports/{id}/triage")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
	@Operation(summary = "The facts, the category's check list, the current decision and every earlier one")
	TriageView get(@PathVariable UUID id) {
		return desk.get(actors.current(), id);
	}

	@GetMapping("/api/v1/triage/checklists/{category}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
	List<CheckItem> checklist(@PathVariable String category) {
		return checklists.forCategory(actors.current().organisation(), category);
	}

	@PutMapping("/api/v1/triage/checklists/{category}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace the category's fact-finding check list (administrators)")
	List<CheckItem> replaceChecklist(@PathVariable String category, @RequestBody List<CheckItem> items) {
		return checklists.replace(actors.current(), category, items);
	}

}
