package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.directory.VendorRef;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.remediation.internal.RecoveryItem;
import jp.hikeshi.remediation.internal.RecoveryItems;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery of an incident (RES-4): plans recovery items per asset or service, records who
 * restored each, when and how, and the check that it works normally; marks the incident
 * recovered when {@link RemediationPolicies#recovered} says so.
 */
@Service
@Transactional
public class RecoveryDesk {

	private final RecoveryItems items;

	private final IncidentQueries incidents;

	private final AssetCatalog assets;

	private final People people;

	private final Vendors vendors;

	private final IncidentFollowUp followUp;

	private final ApplicationEventPublisher events;

	RecoveryDesk(RecoveryItems items, IncidentQueries incidents, AssetCatalog assets, People people, Vendors vendors,
			IncidentFollowUp followUp, ApplicationEventPublisher events) {
		this.items = items;
		this.incidents = incidents;
		this.assets = assets;
		this.people = people;
		this.vendors = vendors;
		this.followUp = followUp;
		this.events = events;
	}

	public RecoveryView plan(Actor by, UUID incidentId, NewRecoveryItem input) {
		incidents.get(by, incidentId);
		Permission.CHANGE.demand(by);
		String target = ContainmentDesk.blank(input.serviceName());
		if (input.assetId() != null) {
			AssetView asset = assets.find(by.organisation(), input.assetId())
				.orElseThrow(() -> new RejectedInputException("assetId", "recovery.asset.unknown", input.assetId()));
			target = asset.name();
		}
		else if (target == null) {
			throw new RejectedInputException("serviceName", "recovery.target.required");
		}
		Instant now = followUp.now();
		RecoveryItem item = items
			.save(RecoveryItem.plan(by.organisation(), incidentId, input.assetId(), target, input.description().strip(),
					restorer(by, input.restoredByUserId(), input.restoredByVendorId(), input.restoredByVendor()),
					input.method(), ContainmentDesk.blank(input.methodDetail()), by, now,
					ContainmentDesk.blank(input.note())));
		followUp.record(by, now, incidentId, "RECOVERY_PLANNED", "RECOVERY", item.id(), item.label(),
				"remediation.log.recovery", l -> args(item, RecoveryStage.PLANNED, null, null, l));
		events.publishEvent(new RecoveryChanged(by.organisation(), incidentId, item.id(), RecoveryStage.PLANNED,
				item.version() + 1));
		return item.view();
	}

	@Transactional(readOnly = true)
	public List<RecoveryView> forIncident(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return items.findByOrganisationIdAndIncidentIdOrderByCreatedAt(by.organisation().value(), incidentId)
			.stream()
			.map(RecoveryItem::view)
			.toList();
	}

	/**
	 * The stages the incident's recovery items stand at, each once (for rules that need
	 * no more).
	 */
	@Transactional(readOnly = true)
	public Set<RecoveryStage> stagesReached(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return items.stages(by.organisation().value(), incidentId)
			.stream()
			.map(RecoveryStage::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(RecoveryStage.class)));
	}

	@Transactional(readOnly = true)
	public RecoveryView get(Actor by, UUID id) {
		return load(by, id).view();
	}

	/**
	 * Moves the item on, on the version the caller read; a check found NOT_OK sends it
	 * back to in progress, and CANCELLED (with the reason as note) takes an item added by
	 * mistake out of the count.
	 */
	public RecoveryView step(Actor by, UUID id, RecoveryChange change) {
		RecoveryItem item = load(by, id);
		Permission.CHANGE.demand(by);
		if (change.version() == null || change.version() != item.version()) {
			throw new OptimisticLockingFailureException("recovery item " + id + " is at version " + item.version()
					+ ", the change was made on " + change.version());
		}
		Instant now = followUp.now();
		Instant at = followUp.when(change.at(), now);
		String note = ContainmentDesk.blank(change.note());
		if (change.step() != RecoveryStage.CANCELLED) {
			item.describeWork(
					restorer(by, change.restoredByUserId(), change.restoredByVendorId(), change.restoredByVendor()),
					change.method(), ContainmentDesk.blank(change.methodDetail()));
		}
		switch (change.step()) {
			case IN_PROGRESS -> item.start(at, by, note);
			case RESTORED -> item.restored(at, by, note);
			case VERIFIED -> item.verify(change.result(), at, by, note);
			case CANCELLED -> item.cancel(at, by, note);
			case PLANNED -> throw new RejectedInputException("step", "recovery.step.planned");
		}
		RecoveryItem saved = items.save(item);
		String action = change.step() == RecoveryStage.VERIFIED ? "RECOVERY_VERIFIED_" + change.result()
				: "RECOVERY_" + change.step();
		followUp.record(by, now, saved.incidentId(), action, "RECOVERY", saved.id(), saved.label(),
				switch (change.step()) {
					case VERIFIED -> "remediation.log.verification";
					case CANCELLED -> "remediation.log.recoveryCancelled";
					default -> "remediation.log.recovery";
				}, l -> args(saved, change.step(), change.result(), note, l));
		events.publishEvent(new RecoveryChanged(by.organisation(), saved.incidentId(), saved.id(), saved.stage(),
				saved.version() + 1));
		List<RecoveryItem> all = items.findByOrganisationIdAndIncidentIdOrderByCreatedAt(by.organisation().value(),
				saved.incidentId());
		if (RemediationPolicies.recovered(all.stream().map(RecoveryItem::stage).toList())) {
			// a cancellation recovers nothing: the incident was recovered when the last
			// check found things working
			Instant recoveredAt = change.step() != RecoveryStage.CANCELLED ? at
					: all.stream()
						.map(RecoveryItem::verifiedAt)
						.filter(Objects::nonNull)
						.max(Instant::compareTo)
						.orElse(at);
			followUp.markRecovered(by, saved.incidentId(), recoveredAt);
		}
		return saved.view();
	}

	private Object[] args(RecoveryItem item, RecoveryStage stage, VerificationResult result, String note,
			Locale locale) {
		return new Object[] { item.label(), followUp.label("recovery.stage." + stage, locale),
				result == null ? "" : followUp.label("recovery.result." + result, locale), note == null ? "" : note };
	}

	/**
	 * A user of the organisation (any role) by id, a vendor of the directory by id, or a
	 * vendor by name; the first given in that order wins. An id that names nobody of the
	 * organisation is refused.
	 */
	private RecoveryItem.Restorer restorer(Actor by, UUID userId, UUID vendorId, String vendor) {
		if (userId != null) {
			Person person = people.find(by.organisation(), userId, Role.values())
				.orElseThrow(() -> new RejectedInputException("restoredByUserId", "recovery.restorer.unknown", userId));
			return new RecoveryItem.Restorer(RestorerKind.USER, person.id(), null, person.displayName());
		}
		if (vendorId != null) {
			VendorRef ref = vendors.find(by.organisation(), vendorId)
				.orElseThrow(
						() -> new RejectedInputException("restoredByVendorId", "recovery.vendor.unknown", vendorId));
			return new RecoveryItem.Restorer(RestorerKind.VENDOR, null, ref.id(), ref.name());
		}
		String name = ContainmentDesk.blank(vendor);
		return name == null ? null : new RecoveryItem.Restorer(RestorerKind.VENDOR, null, null, name);
	}

	private RecoveryItem load(Actor by, UUID id) {
		RecoveryItem item = items.findById(id)
			.filter(i -> i.organisation().equals(by.organisation()))
			.orElseThrow(() -> new NotFoundException("recovery item", id));
		incidents.get(by, item.incidentId());
		return item;
	}

}
