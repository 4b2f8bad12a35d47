package jp.hikeshi.intake;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report as submitted through the form or the API: every record item of DET-3. Receipt
 * time defaults to now; the occurrence may be known, a range, or unknown.
 */
public record ReportSubmission(@NotNull(message = "{report.detectedAt.required}") Instant detectedAt,
		Instant receivedAt, @Size(max = 200, message = "{validation.size.max}") String discovererName,
		@Size(max = 200, message = "{validation.size.max}") String discovererContact,
		@NotBlank(message = "{report.reporterName.required}") @Size(max = 200,
				message = "{validation.size.max}") String reporterName,
		@NotBlank(message = "{report.reporterContact.required}") @Size(max = 200,
				message = "{validation.size.max}") String reporterContact,
		OccurrencePrecision occurrencePrecision, Instant occurredFrom, Instant occurredTo,
		@Size(max = 500, message = "{validation.size.max}") String detectionPlace,
		@Valid @Size(max = 50, message = "{validation.size.items}") List<AffectedPlaceInput> affectedPlaces,
		@NotBlank(message = "{report.category.required}") String category,
		@NotNull(message = "{report.channel.required}") Channel channel,
		@NotBlank(message = "{report.summary.required}") @Size(max = 200,
				message = "{validation.size.max}") String summary,
		@Size(max = 20000, message = "{validation.size.max}") String description) {

	public ReportSubmission {
		affectedPlaces = affectedPlaces == null ? List.of() : affectedPlaces;
	}
}
