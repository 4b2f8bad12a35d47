package jp.hikeshi.reporting.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.reporting.NotificationInput;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.OutboxMessage;
import jp.hikeshi.reporting.RansomDecision;
import jp.hikeshi.reporting.RansomStance;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The notification plan, the REP-5 ransom decision and the mail outbox over REST. */
@RestController
class NotificationApi {

	private final NotificationPlan plan;

	private final RansomStance ransom;

	private final MailOutbox outbox;

	private final Actors actors;

	NotificationApi(NotificationPlan plan, RansomStance ransom, MailOutbox outbox, Actors actors) {
		this.plan = plan;
		this.ransom = ransom;
		this.outbox = outbox;
		this.actors = actors;
	}

	@GetMapping("/api/v1/incidents/{id}/notifications")
	@Operation(
			summary = "The notification plan: entries taken up, then suggestions (id null) for recipients not yet planned")
	List<NotificationView> list(@PathVariable UUID id) {
		return plan.plan(actors.current(), id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/incidents/{id}/notifications")
	@Operation(summary = "Take up a notification; without content it is drafted from the recipient's document")
	ResponseEntity<NotificationView> add(@PathVariable UUID id, @Valid @RequestBody NotificationInput input) {
		NotificationView created = plan.add(actors.current(), id, input);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/notifications/" + created.id()))
			.body(created);
	}

	@PutMapping("/api/v1/incidents/{id}/notifications/{notificationId}")
	@Operation(summary = "Revise a notification before it is sent (version required; 409 when stale, 400 once sent)")
	NotificationView revise(@PathVariable UUID id, @PathVariable UUID notificationId, @RequestParam long version,
			@Valid @RequestBody NotificationInput input) {
		return plan.revise(actors.current(), id, notificationId, input, version);
	}

	@PostMapping("/api/v1/incidents/{id}/notifications/{notificationId}/sent")
	@Operation(
			summary = "Record the notification as sent (an EMAIL goes out through the outbox); the content is frozen")
	NotificationView sent(@PathVariable UUID id, @PathVariable UUID notificationId, @RequestParam long version) {
		return plan.send(actors.current(), id, notificationId, version);
	}

	@PostMapping("/api/v1/incidents/{id}/notifications/{notificationId}/acknowledged")
	@Operation(summary = "Record that the recipient acknowledged the notification")
	NotificationView acknowledged(@PathVariable UUID id, @PathVariable UUID notificationId,
			@RequestParam long version) {
		return plan.acknowledge(actors.current(), id, notificationId, version);
	}

	@GetMapping("/api/v1/incidents/{id}/ransom-decision")
	@Operation(
			summary = "REP-5: whether the rule applies and who confirmed no payment and no negotiation (404 when not confirmed)")
	RansomDecision ransomDecision(@PathVariable UUID id) {
		return ransom.decision(actors.current(), id).orElseThrow(() -> new NotFoundException("ransom decision", id));
	}

	@PostMapping("/api/v1/incidents/{id}/ransom-decision")
	@Operation(summary = "REP-5: confirm that no ransom is paid and nobody negotiates with the attacker")
	RansomDecision confirmRansomDecision(@PathVariable UUID id,
			@RequestBody(required = false) Map<String, String> body) {
		return ransom.confirm(actors.current(), id, body == null ? null : body.get("note"));
	}

	@GetMapping("/api/v1/outbox")
	@Operation(
			summary = "Outgoing mail, newest first, with status, attempts and the last error; filter by status or dedupe key")
	PageOf<OutboxMessage> outbox(@RequestParam(required = false) String status,
			@RequestParam(required = false) String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return outbox.messages(actors.current(), status, key, PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/outbox/{messageId}/retry")
	@Operation(summary = "Put a failed or waiting message back in line for an attempt now")
	ResponseEntity<Void> retry(@PathVariable UUID messageId) {
		outbox.retry(actors.current(), messageId);
		return ResponseEntity.accepted().build();
	}

}
