package jp.hikeshi.mailintake;

import java.time.Duration;
import java.time.Instant;

/**
 * The mailbox as configured (never its password) and how its polling went: the last
 * poll's time, result, error and counts, and every message taken so far.
 */
public record MailIntakeStatus(boolean enabled, String protocol, String host, Integer port, String username,
		String folder, String processedFolder, Duration pollInterval, int maxMessages, String category,
		Instant lastPollAt, PollResult lastResult, String lastError, int lastSeen, int lastFiled, int lastFailed,
		long totalTaken, long totalNeedingReview) {
}
