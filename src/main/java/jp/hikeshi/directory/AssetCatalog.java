package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import jp.hikeshi.directory.internal.Assets;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asset inventory: registering, describing, retiring and finding assets. */
@Service
@Transactional
public class AssetCatalog {

	private static final int PICK_LIST_LIMIT = 1000;

	/** The asset with the current name of its directory vendor (a renamed vendor shows its new name). */
	private static final String SELECT_VIEW = "SELECT asset.*, (SELECT v.name FROM vendor v WHERE v.id = asset.vendor_id) AS vendor_name FROM asset";

	private final Assets assets;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final VendorDirectory vendors;

	AssetCatalog(Assets assets, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, VendorDirectory vendors) {
		this.assets = assets;
		this.vendors = vendors;
		this.jdbc = jdbc;
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
		return jdbc.sql(SELECT_VIEW + " WHERE organisation_id = ? AND retired_at IS NULL ORDER BY name LIMIT " + PICK_LIST_LIMIT)
			.param(organisation.value())
			.query(AssetCatalog::row)
			.list();
	}

	@Transactional(readOnly = true)
	public PageOf<AssetView> page(OrganisationId organisation, String query, AssetKind kind, boolean includeRetired,
			PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE organisation_id = :org");
		if (!includeRetired) {
			where.append(" AND retired_at IS NULL");
		}
		if (kind != null) {
			where.append(" AND kind = :kind");
		}
		String like = null;
		if (query != null && !query.isBlank()) {
			where.append(" AND (LOWER(name) LIKE :q OR LOWER(location) LIKE :q OR LOWER(owner) LIKE :q)");
			like = "%" + query.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
		}
		var items = bind(jdbc.sql(SELECT_VIEW + where + " ORDER BY name, id LIMIT :limit OFFSET :offset"),
				organisation, kind, like)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AssetCatalog::row)
			.list();
		long total = bind(jdbc.sql("SELECT COUNT(*) FROM asset" + where), organisation, kind, like).query(Long.class).single();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrganisationId organisation, AssetKind kind,
			String like) {
		spec = spec.param("org", organisation.value());
		if (kind != null) {
			spec = spec.param("kind", kind.name());
		}
		if (like != null) {
			spec = spec.param("q", like);
		}
		return spec;
	}

	private static AssetView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
		return new AssetView(rs.getObject("id", UUID.class), rs.getString("name"), AssetKind.valueOf(rs.getString("kind")),
				rs.getString("location"), rs.getString("owner"),
				rs.getString("vendor_name") != null ? rs.getString("vendor_name") : rs.getString("maintaining_vendor"),
				rs.getString("description"), retired == null ? null : retired.toInstant(), rs.getLong("version"),
				rs.getObject("vendor_id", UUID.class));
	}

	private Asset load(OrganisationId organisation, UUID id) {
		return assets.findById(id).filter(a -> a.organisation().equals(organisation))
			.orElseThrow(() -> new NotFoundException("asset", id));
	}

	private static void checkVersion(Asset asset, Long expected) {
		if (expected != null && !expected.equals(asset.version())) {
			throw new OptimisticLockingFailureException("asset " + asset.id() + " changed since version " + expected);
		}
	}

	/**
	 * One vendor per asset, from the directory: a vendor typed as text (the API's {@code maintainingVendor}) is linked
	 * to the directory vendor of that name, registered if missing; the stored text is the vendor's name.
	 */
	private AssetDetails details(Actor by, AssetInput input) {
		UUID vendorId = input.vendorId();
		String typed = blank(input.maintainingVendor());
		if (vendorId == null && typed != null) {
			vendorId = vendors.namedOrNew(by, typed);
		}
		String vendorName = vendorId == null ? null : vendors.find(by.organisation(), vendorId)
			.map(VendorRef::name)
			.orElseThrow(() -> new RejectedInputException("vendorId", "directory.vendor.unknown"));
		return new AssetDetails(input.name(), input.kind(), blank(input.location()), blank(input.owner()), vendorName,
				blank(input.description()), vendorId);
	}

	/** The assets in service a vendor of the directory maintains. */
	@Transactional(readOnly = true)
	public List<AssetView> maintainedBy(OrganisationId organisation, UUID vendorId) {
		return jdbc.sql(SELECT_VIEW + " WHERE organisation_id = ? AND vendor_id = ? AND retired_at IS NULL ORDER BY name LIMIT " + PICK_LIST_LIMIT)
			.params(organisation.value(), vendorId)
			.query(AssetCatalog::row)
			.list();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private void audit(Actor by, String action, Asset asset) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id()).did(action).on("ASSET", asset.id())
			.with("name", asset.name()).summary(asset.name()).at(now()));
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
