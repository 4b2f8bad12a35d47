package jp.hikeshi.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A long random secret that stands for a user in API calls; only its SHA-256 is kept. */
public class ApiToken {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final UUID userId;

	private final String name;

	private final String tokenHash;

	private final Instant createdAt;

	private final String scopes;

	private final Instant expiresAt;

	private Instant lastUsedAt;

	private String lastUsedFrom;

	private Instant revokedAt;

	@Version
	private Long version;

	@PersistenceCreator
	ApiToken(UUID id, UUID organisationId, UUID userId, String name, String tokenHash, Instant createdAt, String scopes,
			Instant expiresAt, Instant lastUsedAt, String lastUsedFrom, Instant revokedAt, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.scopes = scopes;
		this.expiresAt = expiresAt;
		this.lastUsedAt = lastUsedAt;
		this.lastUsedFrom = lastUsedFrom;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	static ApiToken issue(User owner, String name, String tokenHash, Set<TokenScope> scopes, Instant expiresAt,
			Instant now) {
		return new ApiToken(UUID.randomUUID(), owner.organisation().value(), owner.id(), name, tokenHash, now,
				TokenScope.format(scopes), expiresAt, null, null, null, null);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Neither revoked nor expired at the moment given. */
	public boolean activeAt(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	public boolean active() {
		return revokedAt == null;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public Set<TokenScope> scopes() {
		return TokenScope.parse(scopes);
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public String lastUsedFrom() {
		return lastUsedFrom;
	}

	public UUID id() {
		return id;
	}

	public UUID userId() {
		return userId;
	}

	public String name() {
		return name;
	}

	public String tokenHash() {
		return tokenHash;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

}
