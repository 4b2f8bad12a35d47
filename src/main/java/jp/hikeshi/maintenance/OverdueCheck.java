package jp.hikeshi.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A criterion on an asset whose next check fell due before today; {@code lastCheckedOn}
 * is null if never checked.
 */
public record OverdueCheck(UUID criterionId, String criterionName, UUID assetId, String assetName, Frequency frequency,
		String vendorName, LocalDate lastCheckedOn, LocalDate dueOn, long daysOverdue) {
}
