package jp.hikeshi.maintenance.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.maintenance.CheckRun;
import jp.hikeshi.maintenance.CheckView;
import jp.hikeshi.maintenance.CriterionInput;
import jp.hikeshi.maintenance.CriterionView;
import jp.hikeshi.maintenance.MaintenanceCriteria;
import jp.hikeshi.maintenance.MaintenanceLog;
import jp.hikeshi.maintenance.OverdueCheck;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Anomaly criteria and maintenance checks over REST (DET-1). */
@RestController
@RequestMapping("/api/v1/maintenance")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER','VENDOR')")
@Tag(name = "maintenance", description = "Anomaly criteria and vendors' maintenance checks / 保守作業の異常検知")
class MaintenanceApi {

	private final MaintenanceLog log;

	private final MaintenanceCriteria criteria;

	private final Actors actors;

	MaintenanceApi(MaintenanceLog log, MaintenanceCriteria criteria, Actors actors) {
		this.log = log;
		this.criteria = criteria;
		this.actors = actors;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/criteria")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Define an anomaly criterion for one asset (assetId) or every asset of a kind (assetKind)")
	ResponseEntity<CriterionView> define(@Valid @RequestBody CriterionInput input) {
		CriterionView view = criteria.define(actors.current(), input);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(view.id()))
			.body(view);
	}

	@GetMapping("/criteria")
	@Operation(summary = "Active criteria; with assetId, those that apply to that asset")
	List<CriterionView> criteria(@RequestParam(required = false) UUID assetId) {
		return criteria.criteria(actors.current(), assetId);
	}

	@PostMapping("/criteria/{id}/retire")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	CriterionView retire(@PathVariable UUID id) {
		return criteria.retire(actors.current(), id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/checks")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','VENDOR')")
	@Operation(summary = "Record a check run; each ANOMALY result files one report (channel VENDOR_MAINTENANCE)")
	ResponseEntity<CheckView> record(@RequestBody CheckRun run) {
		CheckView view = log.record(actors.current(), run);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(view.id()))
			.body(view);
	}

	@GetMapping("/checks")
	@Operation(summary = "An asset's check runs, latest first")
	PageOf<CheckView> history(@RequestParam UUID assetId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return log.history(actors.current(), assetId, PageRequest.of(page, size));
	}

	@GetMapping("/checks/{id}")
	CheckView check(@PathVariable UUID id) {
		return log.check(actors.current(), id);
	}

	@GetMapping("/overdue")
	@Operation(summary = "Checks whose next run fell due before today")
	List<OverdueCheck> overdue() {
		return log.overdue(actors.current());
	}

}
