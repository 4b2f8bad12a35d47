package jp.hikeshi.reporting.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.reporting.DeadlineEntry;
import jp.hikeshi.reporting.ObligationView;
import jp.hikeshi.reporting.PrivacyAssessmentView;
import jp.hikeshi.reporting.PrivacyDesk;
import jp.hikeshi.reporting.PrivacyFacts;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The APPI assessment, the legal obligations of an incident and the deadline board over
 * REST (REP-3).
 */
@RestController
@Tag(name = "reporting", description = "APPI assessment, legal clocks, notifications, documents / 報告・情報公開")
class PrivacyApi {

	private final PrivacyDesk desk;

	private final Actors actors;

	PrivacyApi(PrivacyDesk desk, Actors actors) {
		this.desk = desk;
		this.actors = actors;
	}

	@GetMapping("/api/v1/incidents/{id}/privacy-assessment")
	@Operation(summary = "The current APPI assessment with its decision, deadlines and history (404 when none yet)")
	PrivacyAssessmentView assessment(@PathVariable UUID id) {
		return desk.assessment(actors.current(), id).orElseThrow(() -> new NotFoundException("privacy assessment", id));
	}

	@PutMapping("/api/v1/incidents/{id}/privacy-assessment")
	@Operation(
			summary = "Record a new revision of the assessment; the deadlines are recomputed. Optional 'revision' guards against a stale edit",
			description = "Without 'becameAwareAt' the incident's 知った時 is taken (so sending the facts without it answers "
					+ "'becameAwareAtQuestion' by following the incident); with 'alsoChangeIncident': true a different "
					+ "'becameAwareAt' is written to the incident too. 'outsourcing' CONTRACTOR adds the NOTIFY_PRINCIPAL "
					+ "obligation, whose fulfilment releases the PPC obligations (status RELEASED) unless 'jointReport' is true; "
					+ "'counterpartBody' is the code of the outside body on the other side (the principal's contact).")
	PrivacyAssessmentView assess(@PathVariable UUID id, @Valid @RequestBody PrivacyFacts facts,
			@RequestParam(required = false) Integer revision) {
		return desk.assess(actors.current(), id, facts, revision);
	}

	@GetMapping("/api/v1/incidents/{id}/obligations")
	@Operation(summary = "Legal obligations of the incident: kind, required, rule, due, status")
	List<ObligationView> obligations(@PathVariable UUID id) {
		return desk.obligations(actors.current(), id);
	}

	@GetMapping("/api/v1/deadlines")
	@Operation(summary = "Open legal deadlines across incidents, the one due first on top")
	PageOf<DeadlineEntry> deadlines(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return desk.deadlines(actors.current(), PageRequest.of(page, size));
	}

}
