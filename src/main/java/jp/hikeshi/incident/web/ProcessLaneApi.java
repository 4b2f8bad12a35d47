package jp.hikeshi.incident.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentProgress;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.ProcessState;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An incident's process lanes with the ones a person set by hand, which the work no
 * longer moves (GEN-1).
 */
@RestController
@Tag(name = "incidents")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class ProcessLaneApi {

	private final IncidentQueries desk;

	private final IncidentProgress progress;

	private final Actors actors;

	ProcessLaneApi(IncidentQueries desk, IncidentProgress progress, Actors actors) {
		this.desk = desk;
		this.progress = progress;
		this.actors = actors;
	}

	/** The lanes as they stand and the ones set by hand. */
	record Lanes(Map<IncidentProcess, ProcessState> processes, Set<IncidentProcess> setByHand) {
	}

	@GetMapping("/api/v1/incidents/{id}/processes")
	@Operation(summary = "The process lanes; those in setByHand were set by a person and are not moved by the work")
	Lanes lanes(@PathVariable UUID id) {
		Actor me = actors.current();
		return new Lanes(desk.get(me, id).processes(), progress.lanesSetByHand(me.organisation(), id));
	}

}
