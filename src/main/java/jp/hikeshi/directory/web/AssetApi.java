package jp.hikeshi.directory.web;

import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The asset inventory over REST. */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "assets", description = "Asset inventory / 資産台帳")
class AssetApi {

	private final AssetCatalog catalog;

	private final Actors actors;

	AssetApi(AssetCatalog catalog, Actors actors) {
		this.catalog = catalog;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "List assets (paged, by name)")
	PageOf<AssetView> list(@RequestParam(required = false) String q, @RequestParam(required = false) AssetKind kind,
			@RequestParam(defaultValue = "false") boolean includeRetired, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return catalog.page(actors.current().organisation(), q, kind, includeRetired, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	AssetView get(@PathVariable UUID id) {
		return catalog.find(actors.current().organisation(), id).orElseThrow(() -> new NotFoundException("asset", id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	ResponseEntity<AssetView> create(@Valid @RequestBody AssetInput input) {
		AssetView created = catalog.register(actors.current(), input);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
			.body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Describe an asset; send the version you read in If-Match to avoid overwriting another change")
	AssetView update(@PathVariable UUID id, @Valid @RequestBody AssetInput input,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return catalog.describe(actors.current(), id, input, version(ifMatch));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Retire an asset; it stays linked to past reports")
	ResponseEntity<Void> retire(@PathVariable UUID id) {
		catalog.retire(actors.current(), id);
		return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
	}

	static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
