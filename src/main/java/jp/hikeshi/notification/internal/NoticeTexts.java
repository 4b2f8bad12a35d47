package jp.hikeshi.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.reporting.DocumentDates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Renders a notification from its kind and parameters in the reader's language: the text
 * shown in the list and the subject and body of its e-mail. Stored notifications carry no
 * text, so a reader who changes language reads them anew.
 */
@Component
public class NoticeTexts {

	private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
	};

	private final MessageSource messages;

	private final DocumentDates dates;

	private final ObjectMapper json;

	NoticeTexts(MessageSource messages, DocumentDates dates, ObjectMapper json) {
		this.messages = messages;
		this.dates = dates;
		this.json = json;
	}

	/** Japanese unless the reader chose English. */
	public static Locale language(Locale chosen) {
		return chosen != null && "en".equals(chosen.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
	}

	public String params(Map<String, String> params) {
		return json.writeValueAsString(params);
	}

	public Map<String, String> params(String stored) {
		return json.readValue(stored, PARAMS);
	}

	/** The line shown in the notification list. */
	public String text(NotificationKind kind, Map<String, String> params, Locale locale) {
		Locale lang = language(locale);
		return messages.getMessage("notification.text." + kind.name(), args(kind, params, lang, null), lang);
	}

	public String subject(NotificationKind kind, Map<String, String> params, Locale locale) {
		Locale lang = language(locale);
		return messages.getMessage("notification.mail." + kind.name() + ".subject", args(kind, params, lang, null),
				lang);
	}

	/** The body of the e-mail; its last argument is the link to the record. */
	public String body(NotificationKind kind, Map<String, String> params, String link, Locale locale) {
		Locale lang = language(locale);
		return messages.getMessage("notification.mail." + kind.name() + ".body", args(kind, params, lang, link), lang);
	}

	/**
	 * A due time as people read it, in the display zone: 「2026年12月2日（水）10:00まで（日本時間）」.
	 */
	public String due(Instant instant, Locale lang) {
		return messages.getMessage("notification.due", new Object[] { dates.due(instant, lang), dates.zoneName(lang) },
				lang);
	}

	private Object[] args(NotificationKind kind, Map<String, String> params, Locale lang, String link) {
		Object[] args = new Object[kind.params().size() + (link == null ? 0 : 1)];
		for (int i = 0; i < kind.params().size(); i++) {
			args[i] = arg(kind.params().get(i), params, lang);
		}
		if (link != null) {
			args[args.length - 1] = link;
		}
		return args;
	}

	private String arg(String name, Map<String, String> params, Locale lang) {
		String value = params.get(name);
		if (name.endsWith("Key")) {
			return value == null ? "" : messages.getMessage(value, null, value, lang);
		}
		if (name.equals("due")) {
			if (value == null || value.isBlank()) {
				return messages.getMessage("notification.noDue", null, lang);
			}
			try {
				return due(Instant.parse(value), lang);
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		String english = Locale.ENGLISH.equals(lang) ? params.get(name + ".en") : null;
		return english != null && !english.isBlank() ? english : value == null ? "" : value;
	}

}
