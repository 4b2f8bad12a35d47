package jp.hikeshi.maintenance.internal;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.maintenance.CriterionInput;
import jp.hikeshi.maintenance.CriterionView;
import jp.hikeshi.maintenance.Frequency;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An anomaly criterion fixed in advance (DET-1) for one asset or for every asset of a
 * kind. Retired criteria keep their history but are no longer checked or due.
 */
@Table("anomaly_criterion")
public class AnomalyCriterion {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final UUID assetId;

	private final AssetKind assetKind;

	private final String name;

	private final String checkedItem;

	private final String threshold;

	private final Frequency frequency;

	private final String vendorName;

	private final UUID vendorUserId;

	private boolean active;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	AnomalyCriterion(UUID id, UUID organisationId, UUID assetId, AssetKind assetKind, String name, String checkedItem,
			String threshold, Frequency frequency, String vendorName, UUID vendorUserId, boolean active,
			Instant createdAt, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.assetId = assetId;
		this.assetKind = assetKind;
		this.name = name;
		this.checkedItem = checkedItem;
		this.threshold = threshold;
		this.frequency = frequency;
		this.vendorName = vendorName;
		this.vendorUserId = vendorUserId;
		this.active = active;
		this.createdAt = createdAt;
		this.version = version;
	}

	/**
	 * A criterion for one asset (then its kind is not stored) or for every asset of a
	 * kind.
	 */
	public static AnomalyCriterion define(OrganisationId org, CriterionInput in, Instant now) {
		return new AnomalyCriterion(UUID.randomUUID(), org.value(), in.assetId(),
				in.assetId() == null ? in.assetKind() : null, in.name().strip(), in.checkedItem().strip(),
				in.threshold().strip(), in.frequency(), in.vendorName().strip(), in.vendorUserId(), true,
				now.truncatedTo(java.time.temporal.ChronoUnit.MICROS), null);
	}

	public void retire() {
		this.active = false;
	}

	public boolean appliesTo(AssetView asset) {
		return asset.id().equals(assetId) || (assetId == null && asset.kind() == assetKind);
	}

	/**
	 * A vendor records results only for criteria assigned to no user or to that vendor;
	 * the desk for any.
	 */
	public boolean mayBeCheckedBy(Actor actor) {
		return actor.has(Role.ADMIN) || actor.has(Role.HANDLER) || vendorUserId == null
				|| vendorUserId.equals(actor.id());
	}

	public CriterionView view(String assetName) {
		return new CriterionView(id, assetId, assetName, assetKind, name, checkedItem, threshold, frequency, vendorName,
				vendorUserId, active, createdAt, version == null ? 0 : version);
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public UUID assetId() {
		return assetId;
	}

	public AssetKind assetKind() {
		return assetKind;
	}

	public String name() {
		return name;
	}

	public String checkedItem() {
		return checkedItem;
	}

	public String threshold() {
		return threshold;
	}

	public Frequency frequency() {
		return frequency;
	}

	public String vendorName() {
		return vendorName;
	}

	public boolean active() {
		return active;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
