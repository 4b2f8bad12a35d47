package jp.hikeshi.incident;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manual timeline entry: a NOTE for the handling log (at the time of writing), or an
 * EVENT of the attack with the time it happened and where that is known from.
 */
public record TimelineInput(@NotNull(message = "{timeline.kind.required}") TimelineKind kind,
		@NotBlank(message = "{timeline.text.required}") @Size(max = 4000,
				message = "{validation.size.max}") String text,
		Instant occurredAt, @Size(max = 200, message = "{validation.size.max}") String source) {
}
