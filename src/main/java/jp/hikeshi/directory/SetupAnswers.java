package jp.hikeshi.directory;

import java.util.UUID;

/**
 * The answers of the first-run set-up (GEN-2); any section may be left out (null) to
 * answer the steps one by one. Steps: organisation; responsible and deputy; desk and
 * system (the system person defaults to the desk); vendor with its VENDOR account;
 * management, pr and legal.
 */
public record SetupAnswers(OrganisationAnswer organisation, PersonAnswer responsible, PersonAnswer deputy,
		PersonAnswer desk, PersonAnswer system, VendorAnswer vendor, PersonAnswer management, PersonAnswer pr,
		PersonAnswer legal) {

	/**
	 * The organisation's name in Japanese (required) and English, and its kind (an
	 * {@link OrganisationKind} name).
	 */
	public record OrganisationAnswer(String nameJa, String nameEn, String kind) {
	}

	/**
	 * A person: an existing user by userId, or a user matched by username, or else
	 * created from username, displayName, email and password. The phone goes to the
	 * person's contact entry. Passwords are never shown back.
	 */
	public record PersonAnswer(UUID userId, String username, String displayName, String email, String password,
			String phone) {

		public boolean isEmpty() {
			return userId == null && blank(username) && blank(displayName) && blank(email) && blank(password)
					&& blank(phone);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}
	}

	/**
	 * The main vendor (matched by name) with its emergency number and the VENDOR account
	 * of its person.
	 */
	public record VendorAnswer(String name, String emergencyPhone, String email, PersonAnswer account) {
	}

	static SetupAnswers none() {
		return new SetupAnswers(null, null, null, null, null, null, null, null, null);
	}
}
