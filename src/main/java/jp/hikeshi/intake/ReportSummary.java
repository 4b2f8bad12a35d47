package jp.hikeshi.intake;

import java.time.Instant;
import java.util.UUID;

/** One line of the report list. */
public record ReportSummary(UUID id, String number, ReportStatus status, String category, Channel channel,
		String summary, String reporterName, Instant detectedAt, Instant receivedAt, boolean needsReview) {
}
