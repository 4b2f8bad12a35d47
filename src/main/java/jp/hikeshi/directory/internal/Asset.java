package jp.hikeshi.directory.internal;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A server, device, system or service the organisation runs; retired rather than deleted,
 * so history keeps it.
 */
public class Asset {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private String name;

	private AssetKind kind;

	private String location;

	private String owner;

	private String maintainingVendor;

	private String description;

	private UUID vendorId;

	private Instant retiredAt;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Asset(UUID id, UUID organisationId, String name, AssetKind kind, String location, String owner,
			String maintainingVendor, String description, UUID vendorId, Instant retiredAt, Instant createdAt,
			Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.name = name;
		this.kind = kind;
		this.location = location;
		this.owner = owner;
		this.maintainingVendor = maintainingVendor;
		this.description = description;
		this.vendorId = vendorId;
		this.retiredAt = retiredAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Asset register(OrganisationId organisation, AssetDetails details, Instant now) {
		Asset asset = new Asset(UUID.randomUUID(), organisation.value(), null, null, null, null, null, null, null, null,
				now, null);
		asset.describe(details);
		return asset;
	}

	public void describe(AssetDetails details) {
		this.name = details.name().trim();
		this.kind = details.kind();
		this.location = details.location();
		this.owner = details.owner();
		this.maintainingVendor = details.maintainingVendor();
		this.description = details.description();
		this.vendorId = details.vendorId();
	}

	public void retire(Instant now) {
		if (retiredAt == null) {
			retiredAt = now;
		}
	}

	public void reinstate() {
		retiredAt = null;
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public String name() {
		return name;
	}

	public Long version() {
		return version;
	}

	public AssetView view() {
		return new AssetView(id, name, kind, location, owner, maintainingVendor, description, retiredAt,
				version == null ? 0 : version, vendorId);
	}

}
