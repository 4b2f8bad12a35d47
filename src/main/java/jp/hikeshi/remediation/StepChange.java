package jp.hikeshi.remediation;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a containment action to its next step (PATCH), made on the version the caller
 * read; {@code at} is when the step happened if that was earlier than now.
 */
public record StepChange(@NotNull(message = "{containment.step.required}") ContainmentStep step,
		@Size(max = 2000, message = "{validation.size.max}") String note, Instant at,
		@NotNull(message = "{remediation.version.required}") Long version) {
}
