package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the outbox as the desk sees it: whether it went out, how many attempts,
 * the last error.
 */
public record OutboxMessage(UUID id, String dedupeKey, MailPurpose purpose, String recipient, String language,
		String subject, String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
		Instant sentAt) {

	public static final String PENDING = "PENDING";

	public static final String SENT = "SENT";

	public static final String FAILED = "FAILED";

}
