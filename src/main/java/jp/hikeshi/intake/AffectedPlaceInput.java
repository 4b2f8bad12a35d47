package jp.hikeshi.intake;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * A place where the incident is happening: an asset of the inventory, or a description
 * typed freely (or both).
 */
public record AffectedPlaceInput(UUID assetId, @Size(max = 500, message = "{validation.size.max}") String description) {
}
