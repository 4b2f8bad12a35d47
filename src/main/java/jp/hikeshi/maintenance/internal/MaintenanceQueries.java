package jp.hikeshi.maintenance.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models for the schedule (last real check per asset and criterion) and the history
 * per asset.
 */
@Component
public class MaintenanceQueries {

	private final JdbcClient jdbc;

	MaintenanceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Identifies a criterion on one asset. */
	public record Target(UUID assetId, UUID criterionId) {
	}

	public Map<Target, LocalDate> lastChecked(OrganisationId org) {
		Map<Target, LocalDate> last = new HashMap<>();
		jdbc.sql("""
				SELECT c.asset_id, r.criterion_id, MAX(c.checked_on) AS last_on
				FROM maintenance_check c JOIN maintenance_check_result r ON r.maintenance_check = c.id
				WHERE c.organisation_id = :org AND r.outcome <> 'NOT_CHECKED'
				GROUP BY c.asset_id, r.criterion_id""").param("org", org.value()).query(rs -> {
			last.put(new Target(rs.getObject("asset_id", UUID.class), rs.getObject("criterion_id", UUID.class)),
					rs.getObject("last_on", LocalDate.class));
		});
		return last;
	}

	/** Ids of one page of an asset's check runs, latest first. */
	public List<UUID> historyPage(OrganisationId org, UUID assetId, PageRequest page) {
		return jdbc
			.sql("SELECT id FROM maintenance_check WHERE organisation_id = :org AND asset_id = :asset "
					+ "ORDER BY checked_on DESC, recorded_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("org", org.value())
			.param("asset", assetId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
	}

	public long historyCount(OrganisationId org, UUID assetId) {
		return jdbc.sql("SELECT COUNT(*) FROM maintenance_check WHERE organisation_id = :org AND asset_id = :asset")
			.param("org", org.value())
			.param("asset", assetId)
			.query(Long.class)
			.single();
	}

}
