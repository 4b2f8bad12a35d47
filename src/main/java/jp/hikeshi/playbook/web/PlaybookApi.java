package jp.hikeshi.playbook.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.playbook.PlaybookExport;
import jp.hikeshi.playbook.PlaybookHistoryEntry;
import jp.hikeshi.playbook.PlaybookVersion;
import jp.hikeshi.playbook.Playbooks;
import jp.hikeshi.playbook.internal.PlaybookSchema;
import jp.hikeshi.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Scenario playbooks (GEN-3) over REST: read by handlers, managers and administrators;
 * managed by administrators.
 */
@RestController
@RequestMapping("/api/v1/playbooks")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
@Tag(name = "playbooks", description = "Scenario playbooks (GEN-3) / シナリオ別プレイブック")
class PlaybookApi {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");
	static final MediaType SCHEMA = MediaType.parseMediaType("application/schema+json");

	private final Playbooks playbooks;

	private final Actors actors;

	PlaybookApi(Playbooks playbooks, Actors actors) {
		this.playbooks = playbooks;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "The latest version of every playbook; retired ones only with includeRetired=true")
	List<PlaybookVersion> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
		return playbooks.all(actors.current().organisation(), includeRetired);
	}

	@GetMapping("/schema")
	@Operation(summary = "The playbook document format as a JSON Schema (draft 2020-12)")
	ResponseEntity<Map<String, Object>> schema() {
		return ResponseEntity.ok().contentType(SCHEMA).body(PlaybookSchema.document());
	}

	@GetMapping("/{code}")
	@Operation(summary = "The latest version of a playbook (also when it is retired; see retiredAt)")
	PlaybookVersion get(@PathVariable String code) {
		return playbooks.newest(actors.current().organisation(), code)
			.orElseThrow(() -> new NotFoundException("playbook", code));
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "Every stored version of a playbook, newest first")
	List<PlaybookHistoryEntry> versions(@PathVariable String code) {
		List<PlaybookHistoryEntry> history = playbooks.history(actors.current().organisation(), code);
		if (history.isEmpty()) {
			throw new NotFoundException("playbook", code);
		}
		return history;
	}

	@GetMapping("/{code}/versions/{version}")
	@Operation(summary = "One stored version of a playbook; versions never change")
	PlaybookVersion version(@PathVariable String code, @PathVariable int version) {
		return playbooks.version(actors.current().organisation(), code, version)
			.orElseThrow(() -> new NotFoundException("playbook", code + " v" + version));
	}

	@GetMapping(value = "/{code}/export", produces = { "application/yaml", "text/yaml", "*/*" })
	@Operation(summary = "A version (default: the latest) as a YAML file that can be imported again")
	ResponseEntity<String> export(@PathVariable String code, @RequestParam(required = false) Integer version) {
		return download(playbooks.export(actors.current().organisation(), code, version));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "application/json",
			"text/plain" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Import a playbook document (YAML or JSON): a new playbook, or the next version of the one with "
					+ "its code. A document with any fault changes nothing and is answered with 400 and errors[] {field, message}.")
	ResponseEntity<PlaybookVersion> importDocument(@RequestBody byte[] body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
		PlaybookVersion stored = playbooks.importDocument(actors.current(), new String(body, charset(contentType)));
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest()
				.path("/{code}/versions/{version}")
				.build(stored.code(), stored.version()))
			.body(stored);
	}

	@PostMapping("/{code}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Retire a playbook: it is no longer offered for applying; its versions stay readable")
	PlaybookVersion retire(@PathVariable String code) {
		playbooks.retire(actors.current(), code);
		return get(code);
	}

	@PostMapping("/{code}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Offer a retired playbook again")
	PlaybookVersion restore(@PathVariable String code) {
		playbooks.restore(actors.current(), code);
		return get(code);
	}

	static ResponseEntity<String> download(PlaybookExport export) {
		return ResponseEntity.ok()
			.contentType(YAML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(export.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(export.yaml());
	}

	private static Charset charset(String contentType) {
		try {
			Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
			return declared == null ? StandardCharsets.UTF_8 : declared;
		}
		catch (RuntimeException ex) {
			return StandardCharsets.UTF_8;
		}
	}

}
