package jp.hikeshi.directory.web;

import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.directory.ContactDirectory;
import jp.hikeshi.directory.ContactInput;
import jp.hikeshi.directory.ContactView;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Internal contacts over REST. */
@RestController
@RequestMapping("/api/v1/contacts")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
@Tag(name = "contacts", description = "Internal contacts / 組織内の連絡先 (GEN-2)")
class ContactApi {

	private final ContactDirectory contacts;

	private final Actors actors;

	ContactApi(ContactDirectory contacts, Actors actors) {
		this.contacts = contacts;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "List internal contacts (paged, by name; q searches name, department and title)")
	PageOf<ContactView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return contacts.page(actors.current().organisation(), q, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	ContactView get(@PathVariable UUID id) {
		return contacts.find(actors.current().organisation(), id)
			.orElseThrow(() -> new NotFoundException("contact", id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Add an internal contact; userId links it to a user account of the organisation")
	ResponseEntity<ContactView> create(@Valid @RequestBody ContactInput input) {
		ContactView created = contacts.register(actors.current(), input);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
			.body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(
			summary = "Change an internal contact; send the version read in If-Match to avoid overwriting another change")
	ContactView update(@PathVariable UUID id, @Valid @RequestBody ContactInput input,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return contacts.describe(actors.current(), id, input, AssetApi.version(ifMatch));
	}

}
