package jp.hikeshi.response.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.response.AppliedPlaybook;
import jp.hikeshi.response.Decision;
import jp.hikeshi.response.NewTask;
import jp.hikeshi.response.TaskChanges;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.response.VendorRequests;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Playbooks applied to incidents, tasks, vendors' answers and the response policy over
 * REST (RES-1, RES-2, GEN-3).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER','VENDOR')")
@Tag(name = "response", description = "Tasks, vendor requests and the response policy / タスク・ベンダー依頼・対応方針")
class ResponseApi {

	private final TaskDesk desk;

	private final VendorRequests requests;

	private final Actors actors;

	ResponseApi(TaskDesk desk, VendorRequests requests, Actors actors) {
		this.desk = desk;
		this.requests = requests;
		this.actors = actors;
	}

	/**
	 * Which playbook to apply: by code, its latest version unless a version number or a
	 * stored version's id is given.
	 */
	record ApplyRequest(@NotBlank(message = "{response.playbook.required}") String playbook, Integer version,
			UUID versionId) {
	}

	/** The outcome of applying: the version in use, its rules, the tasks added. */
	record ApplyResult(AppliedPlaybook playbook, List<PlaybookRule> rules, List<TaskView> added) {
	}

	/** A vendor's answer without files. */
	record AnswerRequest(@Size(max = 8000, message = "{validation.size.max}") String text, EvidenceKind kind) {
	}

	/** A revision of the response policy and the answers it rests on. */
	record DecisionRequest(@NotBlank(message = "{decision.policy.required}") @Size(max = 8000,
			message = "{validation.size.max}") String policy, List<UUID> findings) {
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@ApiResponse(responseCode = "201", description = "Tasks were added")
	@ApiResponse(responseCode = "200", description = "The incident already had every task")
	@PostMapping("/api/v1/incidents/{incidentId}/playbooks")
	@Operation(
			summary = "Apply a playbook (latest version unless versionId): adds only the tasks the incident does not have")
	ResponseEntity<ApplyResult> apply(@PathVariable UUID incidentId, @Valid @RequestBody ApplyRequest request) {
		TaskDesk.Application applied = desk.apply(actors.current(), incidentId, request.playbook(), request.version(),
				request.versionId());
		return ResponseEntity.status(applied.added().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new ApplyResult(applied.playbook(), applied.playbook().rules(), applied.added()));
	}

	@GetMapping("/api/v1/incidents/{incidentId}/playbooks")
	@Operation(summary = "The playbook versions the incident applied, with their rules")
	List<AppliedPlaybook> playbooks(@PathVariable UUID incidentId) {
		return desk.playbooks(actors.current(), incidentId);
	}

	@GetMapping("/api/v1/incidents/{incidentId}/tasks")
	@Operation(summary = "The incident's tasks (a vendor sees only its own)")
	List<TaskView> tasks(@PathVariable UUID incidentId) {
		return desk.forIncident(actors.current(), incidentId);
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/incidents/{incidentId}/tasks")
	@Operation(summary = "Create a task by hand")
	ResponseEntity<TaskView> create(@PathVariable UUID incidentId, @Valid @RequestBody NewTask task) {
		TaskView created = desk.create(actors.current(), incidentId, task);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/tasks")
	@Operation(summary = "My tasks: assigned to me or to my vendor; open ones unless a status is given")
	PageOf<TaskView> mine(@RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return desk.mine(actors.current(), status, PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/tasks/{id}")
	TaskView get(@PathVariable UUID id) {
		return desk.get(actors.current(), id);
	}

	@PatchMapping("/api/v1/tasks/{id}")
	@Operation(
			summary = "Change status (cancelled / not applicable need a reason), assignee, due, check-list; add a note")
	TaskView change(@PathVariable UUID id, @Valid @RequestBody TaskChanges changes) {
		return desk.change(actors.current(), id, changes);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/tasks/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer a request to a vendor (text only)")
	ResponseEntity<TaskView> answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest answer) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(requests.answer(actors.current(), id, answer.text(), answer.kind(), List.of()));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/tasks/{id}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Answer a request with files (parts 'text', optional 'kind', 'files'); each file becomes an evidence item")
	ResponseEntity<TaskView> answerWithFiles(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) EvidenceKind kind,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(requests.answer(actors.current(), id, text, kind, uploads(files)));
	}

	@GetMapping("/api/v1/incidents/{incidentId}/decisions")
	@Operation(summary = "The response policy (RES-1), latest revision first, with the vendor findings each rests on")
	List<Decision> decisions(@PathVariable UUID incidentId) {
		return requests.decisions(actors.current(), incidentId);
	}

	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/incidents/{incidentId}/decisions")
	@Operation(summary = "Record a new revision of the response policy, naming the answers (findings) it rests on")
	ResponseEntity<Decision> decide(@PathVariable UUID incidentId, @Valid @RequestBody DecisionRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(requests.decide(actors.current(), incidentId, request.policy(), request.findings()));
	}

	static List<EvidenceLocker.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<EvidenceLocker.Upload> uploads = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			if (!f.isEmpty()) {
				uploads.add(new EvidenceLocker.Upload(f.getInputStream(), f.getOriginalFilename(), f.getContentType()));
			}
		}
		return uploads;
	}

}
