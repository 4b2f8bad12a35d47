package jp.hikeshi.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists of the asset inventory, each asset with the current name of its directory
 * vendor.
 */
@Component
public class AssetQueries {

	private static final int PICK_LIST_LIMIT = 1000;

	/**
	 * The asset with the current name of its directory vendor (a renamed vendor shows its
	 * new name).
	 */
	private static final String SELECT_VIEW = "SELECT asset.*, (SELECT v.name FROM vendor v WHERE v.id = asset.vendor_id) AS vendor_name FROM asset";

	private final JdbcClient jdbc;

	AssetQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Assets in service, by name, for choosing in a form. */
	public List<AssetView> inService(OrganisationId organisation) {
		return jdbc
			.sql(SELECT_VIEW + " WHERE organisation_id = ? AND retired_at IS NULL ORDER BY name LIMIT "
					+ PICK_LIST_LIMIT)
			.param(organisation.value())
			.query(AssetQueries::row)
			.list();
	}

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
		var items = bind(jdbc.sql(SELECT_VIEW + where + " ORDER BY name, id LIMIT :limit OFFSET :offset"), organisation,
				kind, like)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AssetQueries::row)
			.list();
		long total = bind(jdbc.sql("SELECT COUNT(*) FROM asset" + where), organisation, kind, like).query(Long.class)
			.single();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrganisationId organisation,
			AssetKind kind, String like) {
		spec = spec.param("org", organisation.value());
		if (kind != null) {
			spec = spec.param("kind", kind.name());
		}
		if (like != null) {
			spec = spec.param("q", like);
		}
		return spec;
	}

	/** The assets in service a vendor of the directory maintains. */
	public List<AssetView> maintainedBy(OrganisationId organisation, UUID vendorId) {
		return jdbc
			.sql(SELECT_VIEW
					+ " WHERE organisation_id = ? AND vendor_id = ? AND retired_at IS NULL ORDER BY name LIMIT "
					+ PICK_LIST_LIMIT)
			.params(organisation.value(), vendorId)
			.query(AssetQueries::row)
			.list();
	}

	private static AssetView row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
		return new AssetView(rs.getObject("id", UUID.class), rs.getString("name"),
				AssetKind.valueOf(rs.getString("kind")), rs.getString("location"), rs.getString("owner"),
				rs.getString("vendor_name") != null ? rs.getString("vendor_name") : rs.getString("maintaining_vendor"),
				rs.getString("description"), retired == null ? null : retired.toInstant(), rs.getLong("version"),
				rs.getObject("vendor_id", UUID.class));
	}

}
