package jp.hikeshi.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded check run. */
public record CheckView(UUID id, UUID assetId, String assetName, LocalDate checkedOn, String note, UUID recordedById,
		String recordedByName, Instant recordedAt, List<ResultView> results) {

	public long anomalies() {
		return results.stream().filter(r -> r.outcome() == Outcome.ANOMALY).count();
	}
}
