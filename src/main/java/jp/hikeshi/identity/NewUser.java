package jp.hikeshi.identity;

import java.util.List;

/**
 * An account to create: roles by name (ADMIN, HANDLER, MANAGER, VENDOR, REPORTER),
 * language "ja" (default) or "en".
 */
public record NewUser(String username, String displayName, String email, String password, List<String> roles,
		String language) {

	public NewUser {
		roles = roles == null ? List.of() : roles;
	}
}
