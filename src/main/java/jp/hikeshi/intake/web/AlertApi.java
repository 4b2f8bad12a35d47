package jp.hikeshi.intake.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.intake.AlertCounts;
import jp.hikeshi.intake.AlertDecision;
import jp.hikeshi.intake.AlertFilter;
import jp.hikeshi.intake.AlertIntake;
import jp.hikeshi.intake.AlertLine;
import jp.hikeshi.intake.AlertQueue;
import jp.hikeshi.intake.AlertReceipt;
import jp.hikeshi.intake.AlertSubmission;
import jp.hikeshi.intake.AlertView;
import jp.hikeshi.intake.Severity;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Alerts over REST (DET-2) for monitoring tools and the desk. Tools post with a HANDLER's
 * (or ADMIN's) API token; repeats of (source, sourceRef) are counted, not stored twice.
 */
@RestController
@RequestMapping("/api/v1/alerts")
@PreAuthorize("hasAnyRole('HANDLER','ADMIN')")
@Tag(name = "alerts", description = "Alerts from monitoring tools / 監視ツールからのアラート")
class AlertApi {

	private final AlertIntake intake;

	private final AlertQueue queue;

	private final Actors actors;

	private final MessageSource messages;

	private final Clock clock;

	AlertApi(AlertIntake intake, AlertQueue queue, Actors actors, MessageSource messages, Clock clock) {
		this.intake = intake;
		this.queue = queue;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One line of a batch answer: index in the request, CREATED / DUPLICATE / REJECTED,
	 * and its own status.
	 */
	record ItemResult(int index, String outcome, int status, UUID alertId, Long seenCount,
			List<Map<String, String>> errors) {
	}

	record BatchResult(int received, int created, int duplicates, int rejected, List<ItemResult> results) {
	}

	record BatchRequest(List<AlertRequest> alerts) {
	}

	record Dismissal(List<UUID> alertIds, String reason) {
	}

	record Promotion(List<UUID> alertIds, String category, String summary) {
	}

	record Attachment(List<UUID> alertIds, UUID incidentId) {
	}

	@ApiResponse(responseCode = "201", description = "A new alert")
	@ApiResponse(responseCode = "200", description = "A repeat of (source, sourceRef), counted")
	@PostMapping
	@Operation(
			summary = "Receive one alert: 201 when new, 200 when it repeats (source, sourceRef), 400 listing its faults")
	ResponseEntity<ItemResult> receive(@RequestBody AlertRequest alert) {
		AlertJson.Parsed parsed = AlertJson.parse(alert, clock);
		if (!parsed.problems().isEmpty()) {
			throw new RejectedInputException(parsed.problems());
		}
		ItemResult result = item(0, intake.receive(actors.current(), List.of(parsed.alert())).get(0));
		if (result.status() == 201) {
			return ResponseEntity
				.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(result.alertId()))
				.body(result);
		}
		return ResponseEntity.ok(result);
	}

	@PostMapping("/batch")
	@Operation(summary = "Receive up to 1,000 alerts {\"alerts\":[…]}: each item answered on its own; "
			+ "200 when all were accepted, 207 when some were rejected, 400 when none was")
	ResponseEntity<BatchResult> receiveBatch(@RequestBody BatchRequest request) {
		List<AlertRequest> nodes = request == null || request.alerts() == null ? List.of() : request.alerts();
		if (nodes.isEmpty()) {
			throw new RejectedInputException("alerts", "alert.batch.empty");
		}
		if (nodes.size() > AlertIntake.MAX_BATCH) {
			throw new RejectedInputException("alerts", "alert.batch.tooMany", AlertIntake.MAX_BATCH);
		}
		List<AlertReceipt> receipts = new ArrayList<>(nodes.size());
		List<AlertSubmission> valid = new ArrayList<>();
		List<Integer> validIndex = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			AlertJson.Parsed parsed = AlertJson.parse(nodes.get(i), clock);
			receipts.add(parsed.problems().isEmpty() ? null : AlertReceipt.rejected(parsed.problems()));
			if (parsed.problems().isEmpty()) {
				valid.add(parsed.alert());
				validIndex.add(i);
			}
		}
		if (!valid.isEmpty()) {
			List<AlertReceipt> stored = intake.receive(actors.current(), valid);
			for (int j = 0; j < stored.size(); j++) {
				receipts.set(validIndex.get(j), stored.get(j));
			}
		}
		List<ItemResult> results = new ArrayList<>(receipts.size());
		for (int i = 0; i < receipts.size(); i++) {
			results.add(item(i, receipts.get(i)));
		}
		int created = (int) results.stream().filter(r -> r.status() == 201).count();
		int duplicates = (int) results.stream().filter(r -> r.status() == 200).count();
		int rejected = results.size() - created - duplicates;
		HttpStatus status = rejected == 0 ? HttpStatus.OK
				: rejected == results.size() ? HttpStatus.BAD_REQUEST : HttpStatus.MULTI_STATUS;
		return ResponseEntity.status(status)
			.body(new BatchResult(results.size(), created, duplicates, rejected, results));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HANDLER','ADMIN','MANAGER')")
	@Operation(summary = "The alert queue, latest activity first; lane NEW (default), RELATED, PROMOTED, DISMISSED or "
			+ "ATTACHED; incident=… lists the alerts attached to that incident")
	PageOf<AlertLine> list(@RequestParam(required = false) AlertFilter.Lane lane,
			@RequestParam(required = false) String source, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) UUID incident, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queue.page(actors.current(), new AlertFilter(lane, source, severity, incident),
				PageRequest.of(page, size));
	}

	@GetMapping("/counts")
	@PreAuthorize("hasAnyRole('HANDLER','ADMIN','MANAGER')")
	@Operation(summary = "Alerts per lane for the given source and severity; counting stops at 1,000 (capped=true)")
	Map<String, Object> counts(@RequestParam(required = false) String source,
			@RequestParam(required = false) Severity severity) {
		AlertCounts counts = queue.counts(actors.current(), new AlertFilter(null, source, severity));
		Map<String, Object> body = new LinkedHashMap<>();
		for (AlertFilter.Lane lane : AlertFilter.Lane.values()) {
			body.put(lane.name(), Map.of("count", counts.of(lane), "capped", counts.capped(lane)));
		}
		return body;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('HANDLER','ADMIN','MANAGER')")
	AlertView get(@PathVariable UUID id) {
		return queue.get(actors.current(), id);
	}

	@PostMapping("/{id}/promote")
	@Operation(summary = "Promote one alert to a new report (channel MONITORING)")
	AlertDecision promote(@PathVariable UUID id, @RequestBody(required = false) Promotion promotion) {
		Promotion p = promotion == null ? new Promotion(null, null, null) : promotion;
		return queue.promote(actors.current(), List.of(id), p.category(), p.summary());
	}

	@PostMapping("/{id}/attach")
	@Operation(
			summary = "Attach one alert to an existing, not yet closed incident {\"incidentId\": …} instead of a report")
	AlertDecision attach(@PathVariable UUID id, @RequestBody Attachment attachment) {
		return queue.attach(actors.current(), List.of(id), attachment.incidentId());
	}

	@PostMapping("/{id}/dismiss")
	AlertDecision dismiss(@PathVariable UUID id, @RequestBody Dismissal dismissal) {
		return queue.dismiss(actors.current(), List.of(id), dismissal.reason());
	}

	@PostMapping("/promote")
	@Operation(summary = "Promote up to 100 alerts together to one new report")
	AlertDecision promoteAll(@RequestBody Promotion promotion) {
		return queue.promote(actors.current(), promotion.alertIds(), promotion.category(), promotion.summary());
	}

	@PostMapping("/attach")
	@Operation(summary = "Attach up to 100 alerts together to one existing incident")
	AlertDecision attachAll(@RequestBody Attachment attachment) {
		return queue.attach(actors.current(), attachment.alertIds(), attachment.incidentId());
	}

	@PostMapping("/dismiss")
	@Operation(summary = "Dismiss up to 100 alerts with one reason")
	AlertDecision dismissAll(@RequestBody Dismissal dismissal) {
		return queue.dismiss(actors.current(), dismissal.alertIds(), dismissal.reason());
	}

	private ItemResult item(int index, AlertReceipt receipt) {
		if (!receipt.accepted()) {
			return new ItemResult(index, "REJECTED", 400, null, null,
					receipt.problems().stream().map(this::error).toList());
		}
		return new ItemResult(index, receipt.duplicate() ? "DUPLICATE" : "CREATED", receipt.duplicate() ? 200 : 201,
				receipt.alertId(), receipt.seenCount(), List.of());
	}

	private Map<String, String> error(FieldProblem problem) {
		return Map.of("field", problem.field(), "message", messages.getMessage(problem.messageKey(), problem.args(),
				problem.messageKey(), LocaleContextHolder.getLocale()));
	}

}
