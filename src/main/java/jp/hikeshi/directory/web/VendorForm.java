package jp.hikeshi.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.directory.VendorView;

/** The vendor form's fields as typed; people rows left without a name are dropped. */
class VendorForm {

	/** Empty rows offered below the vendor's people for adding more. */
	static final int SPARE_ROWS = 2;

	private String name;

	private String emergencyPhone;

	private String email;

	private String address;

	private String notes;

	private boolean active = true;

	private List<PersonForm> people = new ArrayList<>();

	private Long version;

	static VendorForm blank() {
		VendorForm form = new VendorForm();
		form.addSpareRows();
		return form;
	}

	static VendorForm of(VendorView view) {
		VendorForm form = new VendorForm();
		form.name = view.name();
		form.emergencyPhone = view.emergencyPhone();
		form.email = view.email();
		form.address = view.address();
		form.notes = view.notes();
		form.active = view.active();
		form.version = view.version();
		view.people().forEach(p -> form.people.add(new PersonForm(p.name(), p.phone(), p.email(), p.userId())));
		form.addSpareRows();
		return form;
	}

	void addSpareRows() {
		for (int i = 0; i < SPARE_ROWS; i++) {
			people.add(new PersonForm());
		}
	}

	VendorInput input() {
		List<VendorInput.PersonInput> named = people.stream()
			.filter(p -> p.getName() != null && !p.getName().isBlank())
			.map(p -> new VendorInput.PersonInput(p.getName(), p.getPhone(), blankToNull(p.getEmail()), p.getUserId()))
			.toList();
		return new VendorInput(name, emergencyPhone, blankToNull(email), address, notes, active, named);
	}

	/**
	 * An input path such as people[0].email as a path of this form, whose rows include
	 * unnamed ones.
	 */
	String formPath(String inputPath) {
		var m = java.util.regex.Pattern.compile("people\\[(\\d+)\\](.*)").matcher(inputPath);
		return m.matches() ? "people[" + rowOf(Integer.parseInt(m.group(1))) + "]" + m.group(2) : inputPath;
	}

	private int rowOf(int personIndex) {
		int seen = -1;
		for (int i = 0; i < people.size(); i++) {
			if (people.get(i).getName() != null && !people.get(i).getName().isBlank() && ++seen == personIndex) {
				return i;
			}
		}
		return personIndex;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One person row. */
	public static class PersonForm {

		private String name;

		private String phone;

		private String email;

		private UUID userId;

		public PersonForm() {
		}

		PersonForm(String name, String phone, String email, UUID userId) {
			this.name = name;
			this.phone = phone;
			this.email = email;
			this.userId = userId;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
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

	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmergencyPhone() {
		return emergencyPhone;
	}

	public void setEmergencyPhone(String emergencyPhone) {
		this.emergencyPhone = emergencyPhone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public List<PersonForm> getPeople() {
		return people;
	}

	public void setPeople(List<PersonForm> people) {
		this.people = people;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
