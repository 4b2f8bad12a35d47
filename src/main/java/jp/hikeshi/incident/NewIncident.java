package jp.hikeshi.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What opening an incident needs: title, category, urgency and severity (a code of either scheme); optionally the
 * people, assets and the timestamps known so far. The commander defaults to whoever opens it.
 */
public record NewIncident(
		@NotBlank(message = "{incident.title.required}") @Size(max = 200, message = "{validation.size.max}") String title,
		@NotBlank(message = "{incident.category.required}") String category,
		@NotNull(message = "{incident.urgency.required}") Urgency urgency,
		@NotBlank(message = "{incident.severity.required}") String severity,
		UUID commanderId, List<UUID> handlerIds, List<UUID> assetIds,
		Instant occurredFrom, Instant occurredTo, Instant detectedAt, Instant receivedAt, Instant becameAwareAt,
		@Size(max = 4000, message = "{validation.size.max}") String reason) {

	public NewIncident {
		handlerIds = handlerIds == null ? List.of() : handlerIds;
		assetIds = assetIds == null ? List.of() : assetIds;
	}
}
