package jp.hikeshi.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.directory.VendorRef;
import jp.hikeshi.directory.VendorView;
import jp.hikeshi.directory.VendorView.VendorPerson;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored vendors and their people; the views read here carry neither people nor
 * account names.
 */
@Component
public class VendorRecords {

	private static final int PICK_LIST_LIMIT = 500;

	private final JdbcClient jdbc;

	VendorRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<VendorRef> find(OrganisationId organisation, UUID vendorId) {
		return jdbc.sql("SELECT * FROM vendor WHERE id = ? AND organisation_id = ?")
			.params(vendorId, organisation.value())
			.query(VendorRecords::ref)
			.optional();
	}

	/** The active vendors by name, at most {@value #PICK_LIST_LIMIT}. */
	public List<VendorRef> active(OrganisationId organisation) {
		return jdbc
			.sql("SELECT * FROM vendor WHERE organisation_id = ? AND active ORDER BY name, id LIMIT " + PICK_LIST_LIMIT)
			.param(organisation.value())
			.query(VendorRecords::ref)
			.list();
	}

	/** The first active vendor (by name) that lists the account among its people. */
	public Optional<UUID> vendorOf(OrganisationId organisation, UUID userId) {
		return jdbc.sql("""
				SELECT v.id FROM vendor_person p JOIN vendor v ON v.id = p.vendor_id
				WHERE p.user_id = ? AND v.organisation_id = ? AND v.active ORDER BY v.name, v.id LIMIT 1""")
			.params(userId, organisation.value())
			.query(UUID.class)
			.optional();
	}

	public List<UUID> accountsOf(OrganisationId organisation, UUID vendorId) {
		return jdbc.sql("""
				SELECT DISTINCT p.user_id FROM vendor_person p JOIN vendor v ON v.id = p.vendor_id
				WHERE v.id = ? AND v.organisation_id = ? AND p.user_id IS NOT NULL""")
			.params(vendorId, organisation.value())
			.query(UUID.class)
			.list();
	}

	/** Every vendor, active ones first, at most {@value #PICK_LIST_LIMIT}. */
	public List<VendorView> all(OrganisationId organisation) {
		return jdbc
			.sql("SELECT * FROM vendor WHERE organisation_id = ? ORDER BY active DESC, name, id LIMIT "
					+ PICK_LIST_LIMIT)
			.param(organisation.value())
			.query(VendorRecords::view)
			.list();
	}

	public Optional<VendorView> view(OrganisationId organisation, UUID id) {
		return jdbc.sql("SELECT * FROM vendor WHERE id = ? AND organisation_id = ?")
			.params(id, organisation.value())
			.query(VendorRecords::view)
			.optional();
	}

	/**
	 * The vendor with this name (ignoring case), an active one first, then the oldest.
	 */
	public Optional<UUID> named(OrganisationId organisation, String name) {
		return jdbc.sql("""
				SELECT id FROM vendor WHERE organisation_id = ? AND LOWER(name) = LOWER(?)
				ORDER BY active DESC, created_at, id LIMIT 1""")
			.params(organisation.value(), name)
			.query(UUID.class)
			.optional();
	}

	/** The names of those of the vendors that are active. */
	public Map<UUID, String> activeNames(OrganisationId organisation, List<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id, name FROM vendor WHERE organisation_id = :org AND active AND id IN (:ids)")
				.param("org", organisation.value())
				.param("ids", ids)
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
				.list()
				.forEach(e -> names.put(e.getKey(), e.getValue()));
		}
		return names;
	}

	public void insert(OrganisationId organisation, VendorView vendor, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO vendor (id, organisation_id, name, emergency_phone, email, address, notes, active, created_at, version)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(vendor.id(), organisation.value(), vendor.name(), vendor.emergencyPhone(), vendor.email(),
					vendor.address(), vendor.notes(), vendor.active(), now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Writes the vendor if it is still at the version; the number of rows changed (0 when
	 * it moved on).
	 */
	public int update(OrganisationId organisation, VendorView vendor, long version) {
		return jdbc
			.sql("""
					UPDATE vendor SET name = ?, emergency_phone = ?, email = ?, address = ?, notes = ?, active = ?, version = version + 1
					WHERE id = ? AND organisation_id = ? AND version = ?""")
			.params(vendor.name(), vendor.emergencyPhone(), vendor.email(), vendor.address(), vendor.notes(),
					vendor.active(), vendor.id(), organisation.value(), version)
			.update();
	}

	/** The vendor's people in order, without account names. */
	public List<VendorPerson> people(UUID vendorId) {
		return jdbc.sql("SELECT * FROM vendor_person WHERE vendor_id = ? ORDER BY sort_order")
			.param(vendorId)
			.query((rs, n) -> new VendorPerson(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("phone"), rs.getString("email"), rs.getObject("user_id", UUID.class), null))
			.list();
	}

	/** Replaces the vendor's people by these, in this order, each under a new id. */
	public void replacePeople(UUID vendorId, List<VendorPerson> people) {
		jdbc.sql("DELETE FROM vendor_person WHERE vendor_id = ?").param(vendorId).update();
		int order = 0;
		for (VendorPerson p : people) {
			jdbc.sql(
					"INSERT INTO vendor_person (id, vendor_id, name, phone, email, user_id, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), vendorId, p.name(), p.phone(), p.email(), p.userId(), order++)
				.update();
		}
	}

	private static VendorView view(ResultSet rs, int n) throws SQLException {
		return new VendorView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("emergency_phone"),
				rs.getString("email"), rs.getString("address"), rs.getString("notes"), rs.getBoolean("active"),
				List.of(), rs.getLong("version"));
	}

	private static VendorRef ref(ResultSet rs, int n) throws SQLException {
		return new VendorRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("emergency_phone"),
				rs.getString("email"));
	}

}
