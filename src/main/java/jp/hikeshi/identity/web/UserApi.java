package jp.hikeshi.identity.web;

import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.NewUser;
import jp.hikeshi.identity.UserAccount;
import jp.hikeshi.identity.UserAdministration;
import jp.hikeshi.identity.UserChange;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

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
import io.swagger.v3.oas.annotations.tags.Tag;

/** The accounts of the organisation over REST, for administrators only. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "users", description = "Users / ユーザー管理 (GEN-2)")
class UserApi {

	private final UserAdministration administration;

	private final Actors actors;

	UserApi(UserAdministration administration, Actors actors) {
		this.administration = administration;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "The organisation's accounts by username (paged)")
	PageOf<UserAccount> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return administration.page(actors.current(), PageRequest.of(page, size));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(
			summary = "Create an account: username, displayName, email, password (password policy: 12 characters or more, not a common password, not containing the user name), roles, language")
	ResponseEntity<UserAccount> create(@RequestBody NewUser user) {
		UserAccount created = administration.create(actors.current(), user);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	UserAccount get(@PathVariable UUID id) {
		return administration.get(actors.current(), id);
	}

	@PatchMapping("/{id}")
	@Operation(
			summary = "Change roles, lock (locked true) or unlock (false), deactivate (active false), language (ja/en), "
					+ "displayName or email; fields left out stay")
	UserAccount change(@PathVariable UUID id, @RequestBody UserChange change) {
		return administration.change(actors.current(), id, change);
	}

}
