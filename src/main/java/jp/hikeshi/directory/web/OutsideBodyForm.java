package jp.hikeshi.directory.web;

import jp.hikeshi.directory.OutsideBody;
import jp.hikeshi.directory.OutsideBodyInput;

/** The outside body form's fields as typed. */
class OutsideBodyForm {

	private String nameJa;

	private String nameEn;

	private String purposeJa;

	private String purposeEn;

	private String phone;

	private String email;

	private String url;

	private String notes;

	private Integer sortOrder;

	static OutsideBodyForm of(OutsideBody body) {
		OutsideBodyForm form = new OutsideBodyForm();
		form.nameJa = body.nameJa();
		form.nameEn = body.nameEn();
		form.purposeJa = body.purposeJa();
		form.purposeEn = body.purposeEn();
		form.phone = body.phone();
		form.email = body.email();
		form.url = body.url();
		form.notes = body.notes();
		form.sortOrder = body.sortOrder();
		return form;
	}

	OutsideBodyInput input() {
		return new OutsideBodyInput(nameJa, nameEn, purposeJa, purposeEn, phone,
				email == null || email.isBlank() ? null : email.strip(), url, notes, sortOrder);
	}

	public String getNameJa() {
		return nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getPurposeJa() {
		return purposeJa;
	}

	public void setPurposeJa(String purposeJa) {
		this.purposeJa = purposeJa;
	}

	public String getPurposeEn() {
		return purposeEn;
	}

	public void setPurposeEn(String purposeEn) {
		this.purposeEn = purposeEn;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
