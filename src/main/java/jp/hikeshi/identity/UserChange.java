package jp.hikeshi.identity;

import java.util.List;

/**
 * A partial change of an account: every null field stays as it is; locked true locks and
 * false unlocks, active false deactivates (the user can no longer sign in nor use tokens)
 * and true reactivates.
 */
public record UserChange(String displayName, String email, List<String> roles, Boolean locked, Boolean active,
		String language) {
}
