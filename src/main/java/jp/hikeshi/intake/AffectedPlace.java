package jp.hikeshi.intake;

import java.util.UUID;

/** A recorded affected place, with the asset's name when it came from the inventory. */
public record AffectedPlace(UUID assetId, String assetName, String description) {
}
