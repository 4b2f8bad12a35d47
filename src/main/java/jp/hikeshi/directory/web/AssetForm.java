package jp.hikeshi.directory.web;

import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;

/** The asset form's fields as typed. */
class AssetForm {

	private String name;

	private AssetKind kind = AssetKind.SERVER;

	private String location;

	private String owner;

	private String maintainingVendor;

	private String description;

	private java.util.UUID vendorId;

	private Long version;

	static AssetForm of(AssetView view) {
		AssetForm form = new AssetForm();
		form.name = view.name();
		form.kind = view.kind();
		form.location = view.location();
		form.owner = view.owner();
		form.maintainingVendor = view.maintainingVendor();
		form.description = view.description();
		form.vendorId = view.vendorId();
		form.version = view.version();
		return form;
	}

	AssetInput input() {
		return new AssetInput(name, kind, location, owner, maintainingVendor, description, vendorId);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AssetKind getKind() {
		return kind;
	}

	public void setKind(AssetKind kind) {
		this.kind = kind;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getMaintainingVendor() {
		return maintainingVendor;
	}

	public void setMaintainingVendor(String maintainingVendor) {
		this.maintainingVendor = maintainingVendor;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public java.util.UUID getVendorId() {
		return vendorId;
	}

	public void setVendorId(java.util.UUID vendorId) {
		this.vendorId = vendorId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
