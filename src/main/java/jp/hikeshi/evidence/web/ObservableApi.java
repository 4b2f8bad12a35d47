package jp.hikeshi.evidence.web;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.evidence.BulkResult;
import jp.hikeshi.evidence.ObservableInput;
import jp.hikeshi.evidence.ObservableSighting;
import jp.hikeshi.evidence.ObservableView;
import jp.hikeshi.evidence.Observables;
import jp.hikeshi.identity.Actors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Observables (IOCs) over REST, with correlation across incidents. */
@RestController
@Tag(name = "observables", description = "Observables / IOC")
class ObservableApi {

	private final Observables observables;

	private final Actors actors;

	ObservableApi(Observables observables, Actors actors) {
		this.observables = observables;
		this.actors = actors;
	}

	@GetMapping("/api/v1/incidents/{incidentId}/observables")
	@Operation(summary = "Observables of an incident, each with the other incidents it was seen in")
	List<ObservableView> list(@PathVariable UUID incidentId) {
		return observables.forIncident(actors.current(), incidentId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/incidents/{incidentId}/observables", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Add one observable {type, value, tlp, tags}; the type is guessed when absent. A TLP other than "
					+ "the one a known observable carries is refused with 409 naming tlp, unless changeTlp=true changes it")
	ResponseEntity<ObservableView> add(@PathVariable UUID incidentId, @RequestBody ObservableInput input,
			@RequestParam(defaultValue = "false") boolean changeTlp) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(observables.add(actors.current(), incidentId, input, "api", changeTlp));
	}

	@PostMapping(path = "/api/v1/incidents/{incidentId}/observables",
			consumes = { MediaType.TEXT_PLAIN_VALUE, "text/csv" })
	@Operation(
			summary = "Add a pasted list: one value per line, or CSV type,value[,tlp][,tags]; answers which lines were refused and why")
	BulkResult paste(@PathVariable UUID incidentId, @RequestBody String text) {
		return observables.addPasted(actors.current(), incidentId, text, "api");
	}

	@GetMapping("/api/v1/observables")
	@Operation(summary = "Find the incidents an indicator was seen in (value normalised as when it was added)")
	List<ObservableSighting> search(@RequestParam String value) {
		return observables.search(actors.current(), value);
	}

}
