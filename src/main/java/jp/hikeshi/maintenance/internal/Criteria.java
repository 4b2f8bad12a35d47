package jp.hikeshi.maintenance.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All anomaly criteria. */
public interface Criteria extends ListCrudRepository<AnomalyCriterion, UUID> {

	@Query("SELECT * FROM anomaly_criterion WHERE organisation_id = :org AND active = TRUE ORDER BY name, id")
	List<AnomalyCriterion> active(UUID org);

}
