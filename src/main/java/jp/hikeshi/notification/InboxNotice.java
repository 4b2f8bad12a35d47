package jp.hikeshi.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its reader sees it: the text rendered in the reader's language, where
 * it leads, and whether read.
 */
public record InboxNotice(UUID id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {
}
