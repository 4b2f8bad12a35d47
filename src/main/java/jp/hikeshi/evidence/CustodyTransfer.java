package jp.hikeshi.evidence;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A hand-over of an evidence item (or a correction of an earlier entry, as a new entry).
 */
public record CustodyTransfer(
		@NotBlank(
				message = "{custody.to.required}") @Size(max = 200, message = "{validation.size.max}") String toHolder,
		Instant transferredAt,
		@NotBlank(message = "{custody.purpose.required}") @Size(max = 500,
				message = "{validation.size.max}") String purpose,
		@Size(max = 500, message = "{validation.size.max}") String location, Integer correctsPosition) {
}
