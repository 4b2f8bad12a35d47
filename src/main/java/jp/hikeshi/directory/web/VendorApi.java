package jp.hikeshi.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.directory.VendorView;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Vendor organisations over REST, with their people and the assets they maintain. */
@RestController
@RequestMapping("/api/v1/vendors")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
@Tag(name = "vendors", description = "Vendors / 外部ベンダー (GEN-2)")
class VendorApi {

	private final VendorDirectory vendors;

	private final AssetCatalog assets;

	private final Actors actors;

	VendorApi(VendorDirectory vendors, AssetCatalog assets, Actors actors) {
		this.vendors = vendors;
		this.assets = assets;
		this.actors = actors;
	}

	/** A vendor with the assets in service it maintains. */
	record VendorDocument(VendorView vendor, List<AssetView> maintainedAssets) {
	}

	@GetMapping
	@Operation(summary = "List vendors with their people, active ones first")
	List<VendorView> list() {
		return vendors.all(actors.current().organisation());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A vendor with its people and the assets it maintains")
	VendorDocument get(@PathVariable UUID id) {
		var organisation = actors.current().organisation();
		VendorView vendor = vendors.view(organisation, id).orElseThrow(() -> new NotFoundException("vendor", id));
		return new VendorDocument(vendor, assets.maintainedBy(organisation, id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Add a vendor; each person may be linked to a user account (typically one with the VENDOR role)")
	ResponseEntity<VendorView> create(@Valid @RequestBody VendorInput input) {
		VendorView created = vendors.register(actors.current(), input);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
			.body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Change a vendor and replace its people; active=false retires it; "
			+ "send the version read in If-Match to avoid overwriting another change")
	VendorView update(@PathVariable UUID id, @Valid @RequestBody VendorInput input,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return vendors.describe(actors.current(), id, input, AssetApi.version(ifMatch));
	}

}
