package jp.hikeshi.maintenance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A check run as a vendor records it: the asset, the day, and each criterion's result.
 */
public record CheckRun(UUID assetId, LocalDate checkedOn, String note, List<ResultInput> results) {

	public CheckRun {
		results = results == null ? List.of() : results;
	}
}
