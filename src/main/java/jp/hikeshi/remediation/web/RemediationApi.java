package jp.hikeshi.remediation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.remediation.ContainmentDesk;
import jp.hikeshi.remediation.ContainmentView;
import jp.hikeshi.remediation.NewContainmentAction;
import jp.hikeshi.remediation.NewRecoveryItem;
import jp.hikeshi.remediation.RecoveryChange;
import jp.hikeshi.remediation.RecoveryDesk;
import jp.hikeshi.remediation.RecoveryView;
import jp.hikeshi.remediation.StepChange;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Containment actions (RES-3) and recovery items (RES-4) over REST. */
@RestController
@Tag(name = "remediation", description = "Containment and recovery / 応急処置・復旧対応")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class RemediationApi {

	private final ContainmentDesk containment;

	private final RecoveryDesk recovery;

	private final Actors actors;

	RemediationApi(ContainmentDesk containment, RecoveryDesk recovery, Actors actors) {
		this.containment = containment;
		this.recovery = recovery;
		this.actors = actors;
	}

	@GetMapping("/api/v1/incidents/{incidentId}/containment")
	@Operation(summary = "An incident's containment actions, oldest first, each with its steps")
	List<ContainmentView> containment(@PathVariable UUID incidentId) {
		return containment.forIncident(actors.current(), incidentId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/incidents/{incidentId}/containment")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Request a containment action: ISOLATE_DEVICE, FILTER_BLOCK (target validated per type) or REMOVE_CAUSE")
	ResponseEntity<ContainmentView> request(@PathVariable UUID incidentId,
			@Valid @RequestBody NewContainmentAction input) {
		ContainmentView view = containment.request(actors.current(), incidentId, input);
		return ResponseEntity.created(URI.create("/api/v1/containment/" + view.id())).body(view);
	}

	@GetMapping("/api/v1/containment/{id}")
	ContainmentView action(@PathVariable UUID id) {
		return containment.get(actors.current(), id);
	}

	@PatchMapping("/api/v1/containment/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Next step: APPLIED, VERIFIED, LIFTED (from APPLIED or VERIFIED) or CANCELLED (from REQUESTED); 409 when illegal or stale")
	ContainmentView step(@PathVariable UUID id, @Valid @RequestBody StepChange change) {
		return containment.step(actors.current(), id, change);
	}

	@GetMapping("/api/v1/incidents/{incidentId}/recovery")
	@Operation(summary = "An incident's recovery items, oldest first, each with its steps and verifications")
	List<RecoveryView> recovery(@PathVariable UUID incidentId) {
		return recovery.forIncident(actors.current(), incidentId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/incidents/{incidentId}/recovery")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Plan a recovery item for an asset (assetId) or a service (serviceName); restorer: restoredByUserId, restoredByVendorId (directory) or restoredByVendor (name)")
	ResponseEntity<RecoveryView> plan(@PathVariable UUID incidentId, @Valid @RequestBody NewRecoveryItem input) {
		RecoveryView view = recovery.plan(actors.current(), incidentId, input);
		return ResponseEntity.created(URI.create("/api/v1/recovery/" + view.id())).body(view);
	}

	@GetMapping("/api/v1/recovery/{id}")
	RecoveryView item(@PathVariable UUID id) {
		return recovery.get(actors.current(), id);
	}

	@PatchMapping("/api/v1/recovery/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Next step: IN_PROGRESS, RESTORED (restorer and method known) or VERIFIED with result OK / NOT_OK (NOT_OK goes back to IN_PROGRESS), or CANCELLED with the reason in note (400 without one)")
	RecoveryView move(@PathVariable UUID id, @Valid @RequestBody RecoveryChange change) {
		return recovery.step(actors.current(), id, change);
	}

}
