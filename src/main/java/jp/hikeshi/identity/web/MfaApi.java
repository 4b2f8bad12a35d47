package jp.hikeshi.identity.web;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.mfa.MultiFactor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own second factor, and an administrator's reset of someone else's. API
 * tokens themselves are a separate credential: a token keeps working whether or not its
 * user has a second factor.
 */
@RestController
@Tag(name = "mfa", description = "Multi-factor sign-in / 多要素認証")
class MfaApi {

	private final MultiFactor multiFactor;

	private final Actors actors;

	MfaApi(MultiFactor multiFactor, Actors actors) {
		this.multiFactor = multiFactor;
		this.actors = actors;
	}

	/** The code that confirms an enrolment. */
	record CodeInput(String code) {
	}

	/** The one-time recovery codes, shown only in this answer. */
	record RecoveryCodes(List<String> recoveryCodes) {
	}

	@GetMapping("/api/v1/me/mfa")
	@Operation(summary = "Whether the caller has a confirmed authenticator, recovery codes left, and whether the "
			+ "organisation requires one")
	MultiFactor.Status status() {
		return multiFactor.status(actors.current());
	}

	@PostMapping("/api/v1/me/mfa/totp")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a TOTP enrolment: secret (base 32), otpauthUri and qr (PNG data URI); 409 while an "
			+ "authenticator is confirmed")
	MultiFactor.Enrolment enrol() {
		return multiFactor.enrol(actors.current());
	}

	@PostMapping("/api/v1/me/mfa/totp/confirm")
	@Operation(
			summary = "Confirm the enrolment with a current code; answers ten one-time recovery codes, shown only here")
	RecoveryCodes confirm(@RequestBody CodeInput input) {
		return new RecoveryCodes(multiFactor.confirm(actors.current(), input == null ? null : input.code()));
	}

	@DeleteMapping("/api/v1/me/mfa/totp")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove the caller's authenticator, recovery codes and remembered devices; 409 while the "
			+ "organisation requires a second factor of the caller")
	void remove() {
		multiFactor.remove(actors.current());
	}

	@PostMapping("/api/v1/users/{id}/mfa/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Administrators: remove a user's second factor (lost device); audited, the user enrols again")
	void reset(@PathVariable UUID id) {
		multiFactor.reset(actors.current(), id);
	}

}
