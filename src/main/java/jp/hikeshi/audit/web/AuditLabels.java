package jp.hikeshi.audit.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.audit.AuditEntry;
import jp.hikeshi.audit.AuditVerification;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns stored audit entries into what a reader sees, in the reader's language: labels
 * for action and object codes, the action's message filled with the entry's parameters
 * (or the stored summary of older entries), a short object id and a link to the record
 * when its page is known.
 */
@Component
class AuditLabels {

	/**
	 * Every action code any module records (label {@code audit.action.<code>} in
	 * i18n/audit*.properties).
	 */
	static final List<String> ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "ACCOUNT_LOCKED", "USER_CREATED",
			"USER_UPDATED", "USER_LOCKED", "USER_UNLOCKED", "USER_PASSWORD_RESET", "USER_LOCALE_CHANGED",
			"TOKEN_ISSUED", "TOKEN_REVOKED", "SSO_LOGIN", "SSO_LOGIN_REFUSED", "SSO_ACCOUNT_CREATED",
			"SSO_ACCOUNT_LINKED", "SSO_ROLES_CHANGED", "SSO_SETTINGS_CHANGED", "USER_PASSWORD_CHANGED",
			"USER_SESSIONS_ENDED", "MFA_ENROLLED", "MFA_REMOVED", "MFA_RESET", "MFA_FAILED", "MFA_RECOVERY_CODE_USED",
			"MFA_DEVICE_REMEMBERED", "MFA_DEVICES_FORGOTTEN", "MFA_POLICY_CHANGED", "ORGANISATION_CHANGED",
			"SETUP_STEP_ANSWERED", "SETUP_SKIPPED", "SETUP_COMPLETED", "ROLE_PLAN_REPLACED", "CONTACT_CREATED",
			"CONTACT_UPDATED", "VENDOR_CREATED", "VENDOR_UPDATED", "OUTSIDE_BODY_CREATED", "OUTSIDE_BODY_UPDATED",
			"CATEGORY_CREATED", "CATEGORY_UPDATED", "ASSET_CREATED", "ASSET_UPDATED", "ASSET_RETIRED",
			"PRIORITY_MATRIX_CONFIGURED", "REPORT_FILED", "REPORT_TRIAGED", "REPORT_REVIEWED", "ALERTS_RECEIVED",
			"ALERTS_PROMOTED", "ALERTS_ATTACHED", "ALERTS_DISMISSED", "MAIL_INTAKE_POLLED",
			"MAINTENANCE_CHECK_RECORDED", "MAINTENANCE_ANOMALY", "CRITERION_DEFINED", "CRITERION_RETIRED",
			"TRIAGE_FACTS_RECORDED", "TRIAGE_DECIDED", "TRIAGE_REVISED", "TRIAGE_CHECKLIST_CHANGED", "INCIDENT_OPENED",
			"INCIDENT_UPDATED", "INCIDENT_REPORT_LINKED", "INCIDENT_REPORT_UNLINKED", "INCIDENT_SHARED",
			"INCIDENT_UNSHARED", "INCIDENT_PROCESS_ADVANCED", "INCIDENT_TIMELINE_ADDED", "PLAYBOOK_INSTALLED",
			"PLAYBOOK_UPGRADED", "PLAYBOOK_CREATED", "PLAYBOOK_VERSION_ADDED", "PLAYBOOK_RETIRED", "PLAYBOOK_RESTORED",
			"PLAYBOOK_APPLIED", "TASK_CREATED", "TASK_CHANGED", "TASK_ASSIGNED", "TASK_COMPLETED_BY_WORK",
			"TASK_REOPENED_BY_WORK", "FOLLOW_UP_CREATED", "FOLLOW_UP_REVISED", "FOLLOW_UP_WITHDRAWN",
			"REQUEST_ANSWERED", "RESPONSE_POLICY_DECIDED", "CONTAINMENT_REQUESTED", "CONTAINMENT_APPLIED",
			"CONTAINMENT_VERIFIED", "CONTAINMENT_LIFTED", "CONTAINMENT_CANCELLED", "RECOVERY_PLANNED",
			"RECOVERY_IN_PROGRESS", "RECOVERY_RESTORED", "RECOVERY_VERIFIED_OK", "RECOVERY_VERIFIED_NOT_OK",
			"RECOVERY_CANCELLED", "EVIDENCE_REGISTERED", "CUSTODY_TRANSFERRED", "EVIDENCE_DOWNLOADED",
			"EVIDENCE_INTEGRITY_FAILED", "OBSERVABLE_ADDED", "OBSERVABLES_ADDED", "OBSERVABLE_TLP_CHANGED",
			"PRIVACY_ASSESSED", "RANSOM_NOT_PAID_CONFIRMED", "NOTIFICATION_PLANNED", "NOTIFICATION_REVISED",
			"NOTIFICATION_SENT", "NOTIFICATION_ACKNOWLEDGED", "WARNING_SENT", "REVIEW_RECORDED", "REVIEW_REVISED");

	/** Every object type code (label {@code audit.type.<code>}). */
	static final List<String> TYPES = List.of("INCIDENT", "REPORT", "TASK", "EVIDENCE", "NOTIFICATION", "CONTAINMENT",
			"RECOVERY", "ALERT", "USER", "API_TOKEN", "SSO", "ORGANISATION", "SETUP", "ROLE_PLAN", "CONTACT", "VENDOR",
			"OUTSIDE_BODY", "CATEGORY", "ASSET", "PRIORITY_MATRIX", "PLAYBOOK", "MAILBOX", "MAINTENANCE_CHECK",
			"ANOMALY_CRITERION", "WARNING");

	/** The pages of records an entry can link to: {@code {id}} is the object id. */
	private static final Map<String, String> LINKS = Map.of("INCIDENT", "/incidents/{id}", "REPORT", "/reports/{id}",
			"TASK", "/tasks/{id}", "EVIDENCE", "/evidence/{id}", "ASSET", "/assets/{id}", "VENDOR", "/vendors/{id}",
			"CONTACT", "/contacts/{id}", "PLAYBOOK", "/playbooks/{id}", "OUTSIDE_BODY", "/outside-bodies/{id}");

	/**
	 * The parameter that names an object whose id is a code (shown instead of the code).
	 */
	private static final Map<String, String> NAMED_BY = Map.of("PLAYBOOK", "title", "CATEGORY", "name", "OUTSIDE_BODY",
			"name");

	private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final MessageSource messages;

	private final DisplayZone zone;

	AuditLabels(MessageSource messages, DisplayZone zone) {
		this.messages = messages;
		this.zone = zone;
	}

	/** One line of the audit table or export. */
	record Row(AuditEntry entry, String when, String action, String objectType, String objectShort, String link,
			String details, String objectTitle) {
	}

	Row row(AuditEntry e, Locale locale) {
		String name = e.objectType() == null || !NAMED_BY.containsKey(e.objectType()) ? null
				: param(e, NAMED_BY.get(e.objectType()), locale);
		return new Row(e, when(e.occurredAt(), locale), action(e.action(), locale), type(e.objectType(), locale),
				name == null || name.isEmpty() ? shortId(e.objectId()) : shortId(name),
				link(e.objectType(), e.objectId()), details(e, locale), name == null || name.isEmpty()
						? messages.getMessage("audit.fullId", new Object[] { e.objectId() }, locale) : name);
	}

	String when(Instant at, Locale locale) {
		return DateTimeFormatter.ofPattern(text("audit.time.pattern", locale), locale).format(at.atZone(zone.zone()));
	}

	String action(String code, Locale locale) {
		return messages.getMessage("audit.action." + code, null, code, locale);
	}

	String type(String code, Locale locale) {
		return messages.getMessage("audit.type." + code, null, code, locale);
	}

	/** The action codes as (code, label) pairs in the order of their labels. */
	List<Map.Entry<String, String>> actionChoices(Locale locale) {
		return ACTIONS.stream().map(c -> Map.entry(c, action(c, locale))).sorted(Map.Entry.comparingByValue()).toList();
	}

	List<Map.Entry<String, String>> typeChoices(Locale locale) {
		return TYPES.stream()
			.map(c -> Map.entry(c, type(c, locale)))
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.toList();
	}

	/**
	 * The action's message with the entry's parameters. An entry written before entries
	 * carried parameters (V123) has only its stored English summary, which its hash
	 * covers and which cannot be translated without guessing: it is shown as the original
	 * text it is, 「記録時の原文（英語）：…」.
	 */
	String details(AuditEntry e, Locale locale) {
		String pattern = messages.getMessage("audit.message." + e.action(), null, null, locale);
		if (e.params().isEmpty() && (pattern == null || NAMED.matcher(pattern).find())) {
			return e.summary() == null || e.summary().isBlank() ? ""
					: messages.getMessage("audit.legacySummary", new Object[] { e.summary() }, locale);
		}
		if (pattern == null) {
			return e.summary() == null ? String.valueOf(e.params()) : e.summary();
		}
		Matcher m = NAMED.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(param(e, m.group(1), locale)));
		}
		return m.appendTail(out).toString();
	}

	/**
	 * A parameter in the reader's language: {@code name_<language>} when stored, else
	 * {@code name}.
	 */
	private String param(AuditEntry e, String name, Locale locale) {
		String localised = e.params().get(name + "_" + locale.getLanguage());
		return paramText(localised != null ? localised : e.params().get(name), locale);
	}

	/**
	 * A parameter as shown: a value {@code #key} names a label (e.g.
	 * {@code #task.status.DONE}) read in the reader's language (the key itself when
	 * unknown); other values are shown as stored. A parameter {@code name_en} (the
	 * reader's language code) stands in for {@code name} when present (bilingual titles).
	 */
	private String paramText(String value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value.length() > 1 && value.charAt(0) == '#') {
			return messages.getMessage(value.substring(1), null, value.substring(1), locale);
		}
		return value;
	}

	String link(String type, String id) {
		String pattern = type == null || id == null ? null : LINKS.get(type);
		return pattern == null ? null : pattern.replace("{id}",
				org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * A UUID as its first eight characters (the full id is in the title), other ids cut
	 * at 24 characters.
	 */
	static String shortId(String id) {
		if (id == null) {
			return "";
		}
		if (UUID_TEXT.matcher(id).matches()) {
			return id.substring(0, 8);
		}
		return id.length() <= 24 ? id : id.substring(0, 23) + "…";
	}

	/**
	 * The outcome of a chain check in words: how many entries were checked, or which one
	 * broke and how.
	 */
	String verification(AuditVerification v, Locale locale) {
		if (v.valid()) {
			return messages.getMessage("audit.verify.valid", new Object[] { v.checkedEntries() }, locale);
		}
		return messages.getMessage("audit.verify.broken",
				new Object[] { v.brokenSeq(), text("audit.verify.reason." + v.problem(), locale), v.checkedEntries() },
				locale);
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
