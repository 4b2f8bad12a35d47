package jp.hikeshi.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.internal.Accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Issues API tokens under HTTP Basic (or an existing token); the secret is returned once. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens", description = "API tokens / APIトークン")
class TokenApi {

	private final Accounts accounts;
	private final Actors actors;

	TokenApi(Accounts accounts, Actors actors) {
		this.accounts = accounts;
		this.actors = actors;
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name) {
	}

	record TokenCreated(UUID id, String name, String token, Instant createdAt) {
	}

	record TokenInfo(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a token for the calling user; the secret is shown only in this response")
	TokenCreated issue(@Valid @RequestBody TokenRequest request) {
		var issued = accounts.issueToken(actors.current(), request.name().trim());
		return new TokenCreated(issued.id(), issued.name(), issued.secret(), issued.createdAt());
	}

	@GetMapping
	List<TokenInfo> list() {
		return accounts.tokensOf(actors.current())
			.stream()
			.map(t -> new TokenInfo(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
			.toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		accounts.revokeToken(actors.current(), id);
	}
}
