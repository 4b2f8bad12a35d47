package jp.hikeshi.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user account as administrators see it: no credentials; active false means
 * deactivated, locked a lock in force.
 */
public record UserAccount(UUID id, String username, String displayName, String email, Set<Role> roles, String language,
		boolean active, boolean locked, Instant lockedUntil, Instant createdAt) {
}
