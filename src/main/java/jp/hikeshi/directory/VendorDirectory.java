package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.directory.internal.VendorRecords;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor organisations of the directory, their people and which vendor a VENDOR
 * account works for.
 */
@Service
@Transactional(readOnly = true)
public class VendorDirectory implements Vendors {

	private final VendorRecords records;

	private final UserAccounts users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VendorDirectory(VendorRecords records, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<VendorRef> find(OrganisationId organisation, UUID vendorId) {
		return vendorId == null ? Optional.empty() : records.find(organisation, vendorId);
	}

	@Override
	public List<VendorRef> list(OrganisationId organisation) {
		return records.active(organisation);
	}

	@Override
	public Optional<UUID> vendorOf(Actor actor) {
		return records.vendorOf(actor.organisation(), actor.id());
	}

	@Override
	public List<UUID> accountsOf(OrganisationId organisation, UUID vendorId) {
		return records.accountsOf(organisation, vendorId);
	}

	/** Every vendor, active ones first, for the directory's list. */
	public List<VendorView> all(OrganisationId organisation) {
		return records.all(organisation).stream().map(v -> withPeople(organisation, v)).toList();
	}

	public Optional<VendorView> view(OrganisationId organisation, UUID id) {
		return records.view(organisation, id).map(v -> withPeople(organisation, v));
	}

	/**
	 * The vendor of the directory with this name (ignoring case), registered when there
	 * is none: an asset's maintaining vendor typed as text becomes a vendor of the
	 * directory, so the asset keeps one vendor field (issue 17).
	 */
	UUID namedOrNew(Actor by, String name) {
		String wanted = name.strip();
		return records.named(by.organisation(), wanted).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			records.insert(by.organisation(), new VendorView(id, wanted, null, null, null, null, true, List.of(), 0),
					now());
			audit(by, "VENDOR_CREATED", id, wanted);
			return id;
		});
	}

	@Transactional
	public VendorView register(Actor by, VendorInput input) {
		Editors.requireDirectoryEditor(by);
		checkPeople(by.organisation(), input);
		UUID id = UUID.randomUUID();
		records.insert(by.organisation(), vendor(id, input), now());
		records.replacePeople(id, people(input));
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
		if (records.update(by.organisation(), vendor(id, input), current.version()) == 0) {
			throw new OptimisticLockingFailureException("vendor " + id + " changed meanwhile");
		}
		records.replacePeople(id, people(input));
		audit(by, "VENDOR_UPDATED", id, input.name());
		return view(by.organisation(), id).orElseThrow();
	}

	private void checkPeople(OrganisationId organisation, VendorInput input) {
		for (int i = 0; i < input.people().size(); i++) {
			users.require(organisation, input.people().get(i).userId(), "people[" + i + "].userId");
		}
	}

	private static VendorView vendor(UUID id, VendorInput input) {
		return new VendorView(id, input.name().strip(), UserAccounts.clean(input.emergencyPhone()),
				UserAccounts.clean(input.email()), UserAccounts.clean(input.address()),
				UserAccounts.clean(input.notes()), input.active() == null || input.active(), List.of(), 0);
	}

	private static List<VendorView.VendorPerson> people(VendorInput input) {
		return input.people()
			.stream()
			.map(p -> new VendorView.VendorPerson(null, p.name().strip(), UserAccounts.clean(p.phone()),
					UserAccounts.clean(p.email()), p.userId(), null))
			.toList();
	}

	private VendorView withPeople(OrganisationId organisation, VendorView vendor) {
		List<VendorView.VendorPerson> rows = records.people(vendor.id());
		Map<UUID, String> names = users.names(organisation,
				rows.stream().map(VendorView.VendorPerson::userId).filter(Objects::nonNull).toList());
		List<VendorView.VendorPerson> people = rows.stream()
			.map(p -> new VendorView.VendorPerson(p.id(), p.name(), p.phone(), p.email(), p.userId(),
					names.get(p.userId())))
			.toList();
		return new VendorView(vendor.id(), vendor.name(), vendor.emergencyPhone(), vendor.email(), vendor.address(),
				vendor.notes(), vendor.active(), people, vendor.version());
	}

	private void audit(Actor by, String action, UUID id, String name) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("VENDOR", id)
			.with("name", name)
			.summary(name)
			.at(now()));
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
