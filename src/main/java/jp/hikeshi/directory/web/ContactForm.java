package jp.hikeshi.directory.web;

import java.util.UUID;

import jp.hikeshi.directory.ContactInput;
import jp.hikeshi.directory.ContactView;

/** The contact form's fields as typed. */
class ContactForm {

	private String name;

	private String department;

	private String title;

	private String phone;

	private String email;

	private UUID userId;

	private Long version;

	static ContactForm of(ContactView view) {
		ContactForm form = new ContactForm();
		form.name = view.name();
		form.department = view.department();
		form.title = view.title();
		form.phone = view.phone();
		form.email = view.email();
		form.userId = view.userId();
		form.version = view.version();
		return form;
	}

	ContactInput input() {
		return new ContactInput(name, department, title, phone, email == null || email.isBlank() ? null : email.strip(),
				userId);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public UUID getUserId() {
		return userId;
	}

	public void setUserId(UUID userId) {
		this.userId = userId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
