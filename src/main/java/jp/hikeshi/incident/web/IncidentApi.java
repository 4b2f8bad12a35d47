package jp.hikeshi.incident.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentSummary;
import jp.hikeshi.incident.IncidentTimeline;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.QueueFilter;
import jp.hikeshi.incident.TimelineEntry;
import jp.hikeshi.incident.TimelineInput;
import jp.hikeshi.incident.TimelineKind;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Incidents over REST: the queue, the incident, its changes and its timelines (TRI-2,
 * GEN-1).
 */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "incidents", description = "Incidents, the ranked queue and timelines / インシデント・対応キュー・時系列")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class IncidentApi {

	private final IncidentQueries incidents;

	private final IncidentCommands commands;

	private final IncidentTimeline timeline;

	private final Actors actors;

	IncidentApi(IncidentQueries incidents, IncidentCommands commands, IncidentTimeline timeline, Actors actors) {
		this.incidents = incidents;
		this.commands = commands;
		this.timeline = timeline;
		this.actors = actors;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Open an incident directly; priority comes from the matrix (severity of either scheme)")
	ResponseEntity<IncidentView> open(@Valid @RequestBody NewIncident input) {
		IncidentView incident = commands.open(actors.current(), input, null);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(incident.id()))
			.body(incident);
	}

	@GetMapping
	@Operation(
			summary = "The queue: incidents by priority (P1 first), then oldest first; state=open (default) or closed")
	PageOf<IncidentSummary> list(@RequestParam(required = false) @Parameter(description = "open | closed") String state,
			@RequestParam(required = false) String category, @RequestParam(required = false) UUID commanderId,
			@RequestParam(required = false) IncidentProcess process,
			@RequestParam(required = false) ProcessState processState, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return incidents.queue(actors.current(), filter(state, category, commanderId, process, processState),
				PageRequest.of(page, size));
	}

	@GetMapping("/open-per-priority")
	@Operation(summary = "How many incidents are open at each priority, P1 first")
	Map<String, Long> openPerPriority() {
		return incidents.openPerPriority(actors.current());
	}

	@GetMapping("/{id}")
	IncidentView get(@PathVariable UUID id) {
		return incidents.get(actors.current(), id);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Change an incident; give the version you read (a stale one gets 409); null fields stay as they are")
	IncidentView update(@PathVariable UUID id, @Valid @RequestBody IncidentChanges changes) {
		return commands.update(actors.current(), id, changes);
	}

	@GetMapping("/{id}/timeline")
	@Operation(
			summary = "The handling log (kind=LOG), the event chronology (kind=EVENT) or both; order=asc (default) or desc")
	PageOf<TimelineEntry> timeline(@PathVariable UUID id, @RequestParam(required = false) TimelineKind kind,
			@RequestParam(required = false) String order, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return timeline.entries(actors.current(), id, kind, newestFirst(order), PageRequest.of(page, size));
	}

	@PostMapping("/{id}/timeline")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Add a note to the handling log (kind=LOG) or an event with occurredAt and source (kind=EVENT)")
	ResponseEntity<TimelineEntry> addToTimeline(@PathVariable UUID id, @Valid @RequestBody TimelineInput input) {
		return ResponseEntity.status(201).body(timeline.add(actors.current(), id, input));
	}

	static QueueFilter filter(String state, String category, UUID commanderId, IncidentProcess process,
			ProcessState processState) {
		boolean closed = false;
		if (state != null && !state.isBlank()) {
			if (!state.equalsIgnoreCase("open") && !state.equalsIgnoreCase("closed")) {
				throw new RejectedInputException("state", "incident.queue.state");
			}
			closed = state.equalsIgnoreCase("closed");
		}
		if ((process == null) != (processState == null)) {
			throw new RejectedInputException(process == null ? "process" : "processState",
					"incident.queue.processPair");
		}
		return new QueueFilter(closed, category == null || category.isBlank() ? null : category, commanderId, process,
				processState);
	}

	static boolean newestFirst(String order) {
		if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
			return false;
		}
		if (order.equalsIgnoreCase("desc")) {
			return true;
		}
		throw new RejectedInputException("order", "timeline.order.invalid");
	}

}
