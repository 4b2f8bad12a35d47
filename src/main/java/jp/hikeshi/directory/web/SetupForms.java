package jp.hikeshi.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.SetupAnswers;
import jp.hikeshi.directory.SetupAnswers.PersonAnswer;
import jp.hikeshi.directory.SetupStep;
import jp.hikeshi.shared.RejectedInputException;

/** Between the flat form fields ({@code responsible.username}, …) and the answers. */
final class SetupForms {

	private SetupForms() {
	}

	static SetupAnswers answers(SetupStep step, Map<String, String> p) {
		return switch (step) {
			case ORGANISATION -> new SetupAnswers(new SetupAnswers.OrganisationAnswer(p.get("organisation.nameJa"),
					p.get("organisation.nameEn"), p.get("organisation.kind")), null, null, null, null, null, null, null,
					null);
			case RESPONSIBLE -> new SetupAnswers(null, person("responsible", p), person("deputy", p), null, null, null,
					null, null, null);
			case DESK ->
				new SetupAnswers(null, null, null, person("desk", p), person("system", p), null, null, null, null);
			case VENDOR -> new SetupAnswers(
					null, null, null, null, null, new SetupAnswers.VendorAnswer(p.get("vendor.name"),
							p.get("vendor.emergencyPhone"), p.get("vendor.email"), person("vendor.account", p)),
					null, null, null);
			case CONTACTS -> new SetupAnswers(null, null, null, null, null, null, person("management", p),
					person("pr", p), person("legal", p));
		};
	}

	private static PersonAnswer person(String slot, Map<String, String> p) {
		String userId = p.get(slot + ".userId");
		UUID id = null;
		if (userId != null && !userId.isBlank()) {
			try {
				id = UUID.fromString(userId.strip());
			}
			catch (IllegalArgumentException malformed) {
				throw new RejectedInputException(slot + ".userId", "directory.user.unknown");
			}
		}
		return new PersonAnswer(id, id != null ? null : p.get(slot + ".username"), p.get(slot + ".displayName"),
				p.get(slot + ".email"), id != null ? null : p.get(slot + ".password"), p.get(slot + ".phone"));
	}

	/**
	 * The answers so far as form fields: a person chosen shows as the selected account;
	 * passwords never show.
	 */
	static Map<String, String> values(SetupAnswers a) {
		Map<String, String> values = new LinkedHashMap<>();
		if (a.organisation() != null) {
			put(values, "organisation.nameJa", a.organisation().nameJa());
			put(values, "organisation.nameEn", a.organisation().nameEn());
			put(values, "organisation.kind", a.organisation().kind());
		}
		person(values, "responsible", a.responsible());
		person(values, "deputy", a.deputy());
		person(values, "desk", a.desk());
		person(values, "system", a.system());
		person(values, "management", a.management());
		person(values, "pr", a.pr());
		person(values, "legal", a.legal());
		if (a.vendor() != null) {
			put(values, "vendor.name", a.vendor().name());
			put(values, "vendor.emergencyPhone", a.vendor().emergencyPhone());
			put(values, "vendor.email", a.vendor().email());
			person(values, "vendor.account", a.vendor().account());
		}
		return values;
	}

	private static void person(Map<String, String> values, String slot, PersonAnswer person) {
		if (person == null) {
			return;
		}
		put(values, slot + ".userId", person.userId() == null ? null : person.userId().toString());
		put(values, slot + ".phone", person.phone());
	}

	private static void put(Map<String, String> values, String key, String value) {
		if (value != null) {
			values.put(key, value);
		}
	}

}
