package jp.hikeshi.directory;

import java.util.UUID;

/**
 * An internal contact of the directory; userName is the linked account's display name,
 * when there is one.
 */
public record ContactView(UUID id, String name, String department, String title, String phone, String email,
		UUID userId, String userName, long version) {
}
