package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Asset;
import jp.hikeshi.directory.internal.AssetDetails;
import jp.hikeshi.directory.internal.AssetQueries;
import jp.hikeshi.directory.internal.Assets;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asset inventory: registering, describing, retiring and finding assets. */
@Service
@Transactional
public class AssetCatalog {

	private final Assets assets;

	private final AssetQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final VendorDirectory vendors;

	AssetCatalog(Assets assets, AssetQueries queries, ApplicationEventPublisher events, Clock clock,
			VendorDirectory vendors) {
		this.assets = assets;
		this.vendors = vendors;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	public AssetView register(Actor by, AssetInput input) {
		Asset asset = assets.save(Asset.register(by.organisation(), details(by, input), now()));
		audit(by, "ASSET_CREATED", asset);
		return asset.view();
	}

	public AssetView describe(Actor by, UUID id, AssetInput input, Long expectedVersion) {
		Asset asset = load(by.organisation(), id);
		checkVersion(asset, expectedVersion);
		asset.describe(details(by, input));
		assets.save(asset);
		audit(by, "ASSET_UPDATED", asset);
		return asset.view();
	}

	public AssetView retire(Actor by, UUID id) {
		Asset asset = load(by.organisation(), id);
		asset.retire(now());
		assets.save(asset);
		audit(by, "ASSET_RETIRED", asset);
		return asset.view();
	}

	@Transactional(readOnly = true)
	public Optional<AssetView> find(OrganisationId organisation, UUID id) {
		return assets.findById(id).filter(a -> a.organisation().equals(organisation)).map(Asset::view);
	}

	@Transactional(readOnly = true)
	public Map<UUID, AssetView> findAll(OrganisationId organisation, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return assets.findAllById(ids)
			.stream()
			.filter(a -> a.organisation().equals(organisation))
			.map(Asset::view)
			.collect(Collectors.toMap(AssetView::id, Function.identity()));
	}

	/** Assets in service, by name, for choosing in a form. */
	@Transactional(readOnly = true)
	public List<AssetView> inService(OrganisationId organisation) {
		return queries.inService(organisation);
	}

	@Transactional(readOnly = true)
	public PageOf<AssetView> page(OrganisationId organisation, String query, AssetKind kind, boolean includeRetired,
			PageRequest page) {
		return queries.page(organisation, query, kind, includeRetired, page);
	}

	private Asset load(OrganisationId organisation, UUID id) {
		return assets.findById(id)
			.filter(a -> a.organisation().equals(organisation))
			.orElseThrow(() -> new NotFoundException("asset", id));
	}

	private static void checkVersion(Asset asset, Long expected) {
		if (expected != null && !expected.equals(asset.version())) {
			throw new OptimisticLockingFailureException("asset " + asset.id() + " changed since version " + expected);
		}
	}

	/**
	 * One vendor per asset, from the directory: a vendor typed as text (the API's
	 * {@code maintainingVendor}) is linked to the directory vendor of that name,
	 * registered if missing; the stored text is the vendor's name.
	 */
	private AssetDetails details(Actor by, AssetInput input) {
		UUID vendorId = input.vendorId();
		String typed = blank(input.maintainingVendor());
		if (vendorId == null && typed != null) {
			vendorId = vendors.namedOrNew(by, typed);
		}
		String vendorName = vendorId == null ? null
				: vendors.find(by.organisation(), vendorId)
					.map(VendorRef::name)
					.orElseThrow(() -> new RejectedInputException("vendorId", "directory.vendor.unknown"));
		return new AssetDetails(input.name(), input.kind(), blank(input.location()), blank(input.owner()), vendorName,
				blank(input.description()), vendorId);
	}

	/** The assets in service a vendor of the directory maintains. */
	@Transactional(readOnly = true)
	public List<AssetView> maintainedBy(OrganisationId organisation, UUID vendorId) {
		return queries.maintainedBy(organisation, vendorId);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private void audit(Actor by, String action, Asset asset) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("ASSET", asset.id())
			.with("name", asset.name())
			.summary(asset.name())
			.at(now()));
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
