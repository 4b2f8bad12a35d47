package jp.hikeshi.directory.web;

import java.util.List;

import jakarta.validation.Valid;

import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.directory.OutsideBody;
import jp.hikeshi.directory.OutsideBodyInput;
import jp.hikeshi.identity.Actors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Outside bodies (PPC, IPA, JPCERT/CC, police, ministry, insurer, No More Ransom) over
 * REST.
 */
@RestController
@RequestMapping("/api/v1/outside-bodies")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
@Tag(name = "outside bodies", description = "Outside bodies / 外部機関 (REP-3, GEN-2)")
class OutsideBodyApi {

	private final OutsideBodies bodies;

	private final Actors actors;

	OutsideBodyApi(OutsideBodies bodies, Actors actors) {
		this.bodies = bodies;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "The outside bodies in their order, preloaded with names and purposes")
	List<OutsideBody> list() {
		return bodies.all(actors.current().organisation());
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	@Operation(summary = "Fill in or change an outside body's details (phone, e-mail, URL, notes); a new code adds one")
	OutsideBody save(@PathVariable String code, @Valid @RequestBody OutsideBodyInput input) {
		return bodies.save(actors.current(), code, input);
	}

}
