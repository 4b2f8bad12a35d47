package jp.hikeshi.intake.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.intake.ReportSummary;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** Reports over REST (DET-2, DET-3). */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Reports of (possible) incidents / 通報・検知記録")
class ReportApi {

	private final ReportDesk desk;

	private final Actors actors;

	ReportApi(ReportDesk desk, Actors actors) {
		this.desk = desk;
		this.actors = actors;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "File a report; receivedAt defaults to now, the caller is recorded as the receiving user")
	ResponseEntity<ReportView> file(@Valid @RequestBody ReportSubmission submission) {
		ReportView report = desk.file(actors.current(), submission);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(report.id()))
			.body(report);
	}

	@GetMapping
	@Operation(summary = "List reports, newest received first (page from 0, size up to 100)")
	PageOf<ReportSummary> list(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean needsReview,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return desk.list(actors.current(),
				new ReportFilter(status, category, channel, receivedFrom, receivedTo, q, needsReview),
				PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	ReportView get(@PathVariable UUID id) {
		return desk.get(actors.current(), id);
	}

	@PostMapping("/{id}/reviewed")
	@Operation(
			summary = "Clear the review flag of a report the system could not read completely (handlers, administrators)")
	ReportView reviewed(@PathVariable UUID id) {
		return desk.markReviewed(actors.current(), id);
	}

}
