package jp.hikeshi.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.maintenance.internal.AnomalyCriterion;
import jp.hikeshi.maintenance.internal.Criteria;
import jp.hikeshi.maintenance.internal.MaintenanceAudit;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anomaly criteria of the maintenance log (DET-1), fixed in advance for an asset or a
 * kind of asset.
 */
@Service
@Transactional
public class MaintenanceCriteria {

	private final Criteria criteria;

	private final AssetCatalog assets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MaintenanceCriteria(Criteria criteria, AssetCatalog assets, ApplicationEventPublisher events, Clock clock) {
		this.criteria = criteria;
		this.assets = assets;
		this.events = events;
		this.clock = clock;
	}

	public CriterionView define(Actor by, CriterionInput input) {
		String assetName = null;
		if (input.assetId() != null) {
			assetName = assets.find(by.organisation(), input.assetId())
				.orElseThrow(() -> new RejectedInputException("assetId", "maintenance.asset.unknown", input.assetId()))
				.name();
		}
		else if (input.assetKind() == null) {
			throw new RejectedInputException("assetId", "maintenance.target.required");
		}
		AnomalyCriterion criterion = criteria
			.save(AnomalyCriterion.define(by.organisation(), input, Instant.now(clock)));
		events.publishEvent(MaintenanceAudit.of(by, "CRITERION_DEFINED", "ANOMALY_CRITERION", criterion.id(),
				criterion.name(), Instant.now(clock)));
		return criterion.view(assetName);
	}

	public CriterionView retire(Actor by, UUID id) {
		AnomalyCriterion criterion = criteria.findById(id)
			.filter(c -> c.organisation().equals(by.organisation()))
			.orElseThrow(() -> new NotFoundException("criterion", id));
		criterion.retire();
		criteria.save(criterion);
		events.publishEvent(MaintenanceAudit.of(by, "CRITERION_RETIRED", "ANOMALY_CRITERION", id, criterion.name(),
				Instant.now(clock)));
		UUID assetId = criterion.assetId();
		return criterion
			.view(assetId == null ? null : assets.find(by.organisation(), assetId).map(AssetView::name).orElse(null));
	}

	/** Active criteria; with an asset, those that apply to it. */
	@Transactional(readOnly = true)
	public List<CriterionView> criteria(Actor actor, UUID assetId) {
		List<AnomalyCriterion> active = criteria.active(actor.organisation().value());
		Map<UUID, AssetView> known = assets.findAll(actor.organisation(),
				active.stream().map(AnomalyCriterion::assetId).filter(Objects::nonNull).collect(Collectors.toSet()));
		if (assetId != null) {
			AssetView asset = assets.find(actor.organisation(), assetId)
				.orElseThrow(() -> new NotFoundException("asset", assetId));
			active = active.stream().filter(c -> c.appliesTo(asset)).toList();
		}
		return active.stream().map(c -> c.view(c.assetId() == null ? null : known.get(c.assetId()).name())).toList();
	}

}
