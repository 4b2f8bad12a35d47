package jp.hikeshi.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor organisations of the directory, their people and which vendor a VENDOR account works for. */
@Service
@Transactional(readOnly = true)
public class VendorDirectory implements Vendors {

	private static final int PICK_LIST_LIMIT = 500;

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	VendorDirectory(JdbcClient jdbc, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<VendorRef> find(OrganisationId organisation, UUID vendorId) {
		if (vendorId == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM vendor WHERE id = ? AND organisation_id = ?")
			.params(vendorId, organisation.value())
			.query(VendorDirectory::ref)
			.optional();
	}

	@Override
	public List<VendorRef> list(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM vendor WHERE organisation_id = ? AND active ORDER BY name, id LIMIT " + PICK_LIST_LIMIT)
			.param(organisation.value())
			.query(VendorDirectory::ref)
			.list();
	}

	@Override
	public Optional<UUID> vendorOf(Actor actor) {
		return jdbc.sql("""
				SELECT v.id FROM vendor_person p JOIN vendor v ON v.id = p.vendor_id
				WHERE p.user_id = ? AND v.organisation_id = ? AND v.active ORDER BY v.name, v.id LIMIT 1""")
			.params(actor.id(), actor.organisation().value())
			.query(UUID.class)
			.optional();
	}

	@Override
	public List<UUID> accountsOf(OrganisationId organisation, UUID vendorId) {
		return jdbc.sql("""
				SELECT DISTINCT p.user_id FROM vendor_person p JOIN vendor v ON v.id = p.vendor_id
				WHERE v.id = ? AND v.organisation_id = ? AND p.user_id IS NOT NULL""")
			.params(vendorId, organisation.value())
			.query(UUID.class)
			.list();
	}

	/** Every vendor, active ones first, for the directory's list. */
	public List<VendorView> all(OrganisationId organisation) {
		List<VendorView> vendors = jdbc
			.sql("SELECT * FROM vendor WHERE organisation_id = ? ORDER BY active DESC, name, id LIMIT " + PICK_LIST_LIMIT)
			.param(organisation.value())
			.query((rs, n) -> view(rs, List.of()))
			.list();
		return vendors.stream().map(v -> withPeople(organisation, v)).toList();
	}

	public Optional<VendorView> view(OrganisationId organisation, UUID id) {
		return jdbc.sql("SELECT * FROM vendor WHERE id = ? AND organisation_id = ?")
			.params(id, organisation.value())
			.query((rs, n) -> view(rs, List.of()))
			.optional()
			.map(v -> withPeople(organisation, v));
	}

	/**
	 * The vendor of the directory with this name (ignoring case), registered when there is none: an asset's maintaining
	 * vendor typed as text becomes a vendor of the directory, so the asset keeps one vendor field (issue 17).
	 */
	UUID namedOrNew(Actor by, String name) {
		String wanted = name.strip();
		return jdbc.sql("""
				SELECT id FROM vendor WHERE organisation_id = ? AND LOWER(name) = LOWER(?)
				ORDER BY active DESC, created_at, id LIMIT 1""")
			.params(by.organisation().value(), wanted)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("""
						INSERT INTO vendor (id, organisation_id, name, active, created_at, version)
						VALUES (?, ?, ?, TRUE, ?, 0)""")
					.params(id, by.organisation().value(), wanted, now().atOffset(ZoneOffset.UTC))
					.update();
				audit(by, "VENDOR_CREATED", id, wanted);
				return id;
			});
	}

	@Transactional
	public VendorView register(Actor by, VendorInput input) {
		Editors.requireDirectoryEditor(by);
		checkPeople(by.organisation(), input);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO vendor (id, organisation_id, name, emergency_phone, email, address, notes, active, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, by.organisation().value(), input.name().strip(), UserAccounts.clean(input.emergencyPhone()),
					UserAccounts.clean(input.email()), UserAccounts.clean(input.address()), UserAccounts.clean(input.notes()),
					input.active() == null || input.active(), now().atOffset(ZoneOffset.UTC))
			.update();
		replacePeople(id, input.people());
		audit(by, "VENDOR_CREATED", id, input.name());
		return view(by.organisation(), id).orElseThrow();
	}

	@Transactional
	public VendorView describe(Actor by, UUID id, VendorInput input, Long expectedVersion) {
		Editors.requireDirectoryEditor(by);
		VendorView current = view(by.organisation(), id).orElseThrow(() -> new NotFoundException("vendor", id));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new OptimisticLockingFailureException("vendor " + id + " changed since version " + expectedVersion);
		}
		checkPeople(by.organisation(), input);
		int updated = jdbc.sql("""
				UPDATE vendor SET name = ?, emergency_phone = ?, email = ?, address = ?, notes = ?, active = ?, version = version + 1
				WHERE id = ? AND organisation_id = ? AND version = ?""")
			.params(input.name().strip(), UserAccounts.clean(input.emergencyPhone()), UserAccounts.clean(input.email()),
					UserAccounts.clean(input.address()), UserAccounts.clean(input.notes()),
					input.active() == null || input.active(), id, by.organisation().value(), current.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("vendor " + id + " changed meanwhile");
		}
		replacePeople(id, input.people());
		audit(by, "VENDOR_UPDATED", id, input.name());
		return view(by.organisation(), id).orElseThrow();
	}

	private void checkPeople(OrganisationId organisation, VendorInput input) {
		for (int i = 0; i < input.people().size(); i++) {
			users.require(organisation, input.people().get(i).userId(), "people[" + i + "].userId");
		}
	}

	private void replacePeople(UUID vendorId, List<VendorInput.PersonInput> people) {
		jdbc.sql("DELETE FROM vendor_person WHERE vendor_id = ?").param(vendorId).update();
		int order = 0;
		for (VendorInput.PersonInput p : people) {
			jdbc.sql("INSERT INTO vendor_person (id, vendor_id, name, phone, email, user_id, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), vendorId, p.name().strip(), UserAccounts.clean(p.phone()),
						UserAccounts.clean(p.email()), p.userId(), order++)
				.update();
		}
	}

	private VendorView withPeople(OrganisationId organisation, VendorView vendor) {
		List<VendorView.VendorPerson> rows = jdbc.sql("SELECT * FROM vendor_person WHERE vendor_id = ? ORDER BY sort_order")
			.param(vendor.id())
			.query((rs, n) -> new VendorView.VendorPerson(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("phone"), rs.getString("email"), rs.getObject("user_id", UUID.class), null))
			.list();
		Map<UUID, String> names = users.names(organisation,
				rows.stream().map(VendorView.VendorPerson::userId).filter(Objects::nonNull).toList());
		List<VendorView.VendorPerson> people = rows.stream()
			.map(p -> new VendorView.VendorPerson(p.id(), p.name(), p.phone(), p.email(), p.userId(), names.get(p.userId())))
			.toList();
		return new VendorView(vendor.id(), vendor.name(), vendor.emergencyPhone(), vendor.email(), vendor.address(),
				vendor.notes(), vendor.active(), people, vendor.version());
	}

	private static VendorView view(ResultSet rs, List<VendorView.VendorPerson> people) throws SQLException {
		return new VendorView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("emergency_phone"),
				rs.getString("email"), rs.getString("address"), rs.getString("notes"), rs.getBoolean("active"), people,
				rs.getLong("version"));
	}

	private static VendorRef ref(ResultSet rs, int n) throws SQLException {
		return new VendorRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("emergency_phone"),
				rs.getString("email"));
	}

	private void audit(Actor by, String action, UUID id, String name) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id()).did(action).on("VENDOR", id)
			.with("name", name).summary(name).at(now()));
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
