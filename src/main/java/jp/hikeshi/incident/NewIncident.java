package jp.hikeshi.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What opening an incident needs: title, category, urgency and severity (a code of either
 * scheme); optionally the people, assets and the timestamps known so far. The commander
 * defaults to whoever opens it.
 */
public record NewIncident(
		@NotBlank(message = "{incident.title.required}") @Size(max = 200,
				message = "{validation.size.max}") String title,
		@NotBlank(message = "{incident.category.required}") String category,
		@NotNull(message = "{incident.urgency.required}") Urgency urgency,
		@NotBlank(message = "{incident.severity.required}") String severity, UUID commanderId, List<UUID> handlerIds,
		List<UUID> assetIds, Instant occurredFrom, Instant occurredTo, Instant detectedAt, Instant receivedAt,
		Instant becameAwareAt, @Size(max = 4000, message = "{validation.size.max}") String reason) {

	public NewIncident {
		handlerIds = handlerIds == null ? List.of() : handlerIds;
		assetIds = assetIds == null ? List.of() : assetIds;
	}

	/**
	 * An incident with what it needs and nothing else known yet; the {@code with…}
	 * methods add the rest.
	 */
	public static NewIncident of(String title, String category, Urgency urgency, String severity) {
		return new NewIncident(title, category, urgency, severity, null, null, null, null, null, null, null, null,
				null);
	}

	public NewIncident withCommander(UUID value) {
		return new NewIncident(title, category, urgency, severity, value, handlerIds, assetIds, occurredFrom,
				occurredTo, detectedAt, receivedAt, becameAwareAt, reason);
	}

	public NewIncident withHandlers(List<UUID> value) {
		return new NewIncident(title, category, urgency, severity, commanderId, value, assetIds, occurredFrom,
				occurredTo, detectedAt, receivedAt, becameAwareAt, reason);
	}

	public NewIncident withAssets(List<UUID> value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, value, occurredFrom,
				occurredTo, detectedAt, receivedAt, becameAwareAt, reason);
	}

	public NewIncident withOccurredFrom(Instant value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, assetIds, value, occurredTo,
				detectedAt, receivedAt, becameAwareAt, reason);
	}

	public NewIncident withOccurredTo(Instant value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, assetIds, occurredFrom,
				value, detectedAt, receivedAt, becameAwareAt, reason);
	}

	public NewIncident withDetectedAt(Instant value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, assetIds, occurredFrom,
				occurredTo, value, receivedAt, becameAwareAt, reason);
	}

	public NewIncident withReceivedAt(Instant value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, assetIds, occurredFrom,
				occurredTo, detectedAt, value, becameAwareAt, reason);
	}

	public NewIncident withBecameAwareAt(Instant value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, assetIds, occurredFrom,
				occurredTo, detectedAt, receivedAt, value, reason);
	}

	public NewIncident because(String value) {
		return new NewIncident(title, category, urgency, severity, commanderId, handlerIds, assetIds, occurredFrom,
				occurredTo, detectedAt, receivedAt, becameAwareAt, value);
	}
}
