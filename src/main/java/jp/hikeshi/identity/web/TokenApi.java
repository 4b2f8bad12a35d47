package jp.hikeshi.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.internal.ApiToken;
import jp.hikeshi.identity.internal.TokenScope;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Issues API tokens under HTTP Basic (or an existing token with the FULL scope); the
 * secret is returned once. Each token has scopes and an expiry; owners and administrators
 * of the organisation revoke them.
 */
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

	/**
	 * Scopes FULL (default), READ_ONLY, REPORT_INTAKE; expiresAt in the future and within
	 * a year (default 90 days).
	 */
	record TokenRequest(@NotBlank @Size(max = 100) String name, Set<TokenScope> scopes, Instant expiresAt) {
	}

	record TokenCreated(UUID id, String name, String token, Instant createdAt, Set<TokenScope> scopes,
			Instant expiresAt) {
	}

	record TokenInfo(UUID id, String name, Instant createdAt, Set<TokenScope> scopes, Instant expiresAt,
			Instant lastUsedAt, String lastUsedFrom, Instant revokedAt) {

		static TokenInfo of(ApiToken t) {
			return new TokenInfo(t.id(), t.name(), t.createdAt(), t.scopes(), t.expiresAt(), t.lastUsedAt(),
					t.lastUsedFrom(), t.revokedAt());
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Issue a token for the calling user with scopes (FULL, READ_ONLY, REPORT_INTAKE; default FULL) "
					+ "and expiresAt (future, at most a year; default 90 days); the secret is shown only in this response")
	TokenCreated issue(@Valid @RequestBody TokenRequest request) {
		Set<TokenScope> scopes = request.scopes() == null ? Set.of(TokenScope.FULL) : request.scopes();
		var issued = accounts.issueToken(actors.current(), request.name().trim(), scopes, request.expiresAt());
		return new TokenCreated(issued.id(), issued.name(), issued.secret(), issued.createdAt(), issued.scopes(),
				issued.expiresAt());
	}

	@GetMapping
	@Operation(summary = "The calling user's tokens, or with user=<id> an account's tokens (administrators), "
			+ "with their scopes, expiry, last use (lastUsedAt, lastUsedFrom) and revocation")
	List<TokenInfo> list(@RequestParam(required = false) UUID user) {
		var tokens = user == null ? accounts.tokensOf(actors.current()) : accounts.tokensOf(user, actors.current());
		return tokens.stream().map(TokenInfo::of).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		accounts.revokeToken(actors.current(), id);
	}

}
