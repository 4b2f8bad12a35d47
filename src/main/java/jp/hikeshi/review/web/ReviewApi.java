package jp.hikeshi.review.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.review.ClosingReport;
import jp.hikeshi.review.IncidentReview;
import jp.hikeshi.review.ReviewInput;
import jp.hikeshi.review.Reviews;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An incident's review (振り返り) and its closing report over REST. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
@Tag(name = "review", description = "Review when an incident ends and the closing report / 振り返りと終結報告書")
class ReviewApi {

	private final Reviews reviews;

	private final ClosingReport report;

	private final Actors actors;

	ReviewApi(Reviews reviews, ClosingReport report, Actors actors) {
		this.reviews = reviews;
		this.report = report;
		this.actors = actors;
	}

	@GetMapping("/api/v1/incidents/{id}/review")
	@Operation(summary = "The incident's review: outcome, root cause, what went well and badly, prevention measures")
	IncidentReview get(@PathVariable UUID id) {
		return reviews.get(actors.current(), id).orElseThrow(() -> new NotFoundException("review", id));
	}

	@ApiResponse(responseCode = "201", description = "The first revision of the review")
	@ApiResponse(responseCode = "200", description = "A later revision")
	@PutMapping("/api/v1/incidents/{id}/review")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Creates or revises the review; each prevention measure becomes a follow-up task of its owner")
	ResponseEntity<IncidentReview> put(@PathVariable UUID id, @RequestBody ReviewInput input) {
		IncidentReview review = reviews.record(actors.current(), id, input);
		return ResponseEntity.status(review.revision() == 1 ? HttpStatus.CREATED : HttpStatus.OK).body(review);
	}

	// a literal last segment wins over the reporting module's /documents/{kind}, so the
	// closing report joins the other documents
	@GetMapping({ "/api/v1/incidents/{id}/documents/closing-report", "/incidents/{id}/documents/closing-report",
			"/api/v1/incidents/{id}/closing-report" })
	@Operation(summary = "The closing report (インシデント対応終結報告書); format html|pdf, lang ja|en")
	ResponseEntity<byte[]> closingReport(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format,
			@RequestParam(defaultValue = "ja") String lang) {
		if (!"ja".equals(lang) && !"en".equals(lang)) {
			throw new RejectedInputException("lang", "reporting.document.lang", lang);
		}
		Locale locale = Locale.forLanguageTag(lang);
		if ("pdf".equals(format)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("closing-report-" + lang + ".pdf").build().toString())
				.body(report.pdf(actors.current(), id, locale));
		}
		if (!"html".equals(format)) {
			throw new RejectedInputException("format", "reporting.document.format", format);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(report.html(actors.current(), id, locale).getBytes(StandardCharsets.UTF_8));
	}

}
