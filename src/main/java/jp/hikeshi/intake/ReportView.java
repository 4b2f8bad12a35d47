package jp.hikeshi.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report with every recorded item, as the API and the report page show it;
 * {@code needsReview} marks one the system could not read completely (e.g. a malformed
 * mail), waiting for a person.
 */
public record ReportView(UUID id, String number, ReportStatus status, Instant detectedAt, Instant receivedAt,
		UUID receivedById, String receivedByName, String discovererName, String discovererContact, String reporterName,
		String reporterContact, OccurrencePrecision occurrencePrecision, Instant occurredFrom, Instant occurredTo,
		String detectionPlace, List<AffectedPlace> affectedPlaces, String category, Channel channel, String summary,
		String description, Instant createdAt, long version, boolean needsReview) {
}
