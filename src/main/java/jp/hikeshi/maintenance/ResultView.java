package jp.hikeshi.maintenance;

import java.util.UUID;

/** One recorded result, with the report an anomaly produced. */
public record ResultView(UUID criterionId, String criterionName, Outcome outcome, String value, String note,
		UUID reportId, String reportNumber) {
}
