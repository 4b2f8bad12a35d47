package jp.hikeshi.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Renders a notification from its kind and parameters in the reader's language: the text shown in the list and the
 * subject and body of its e-mail. Stored notifications carry no text, so a reader who changes language reads them anew.
 */
@Component
public class NoticeTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
	};

	private final MessageSource messages;
	private final DisplayZone zone;
	private final ObjectMapper json;

	NoticeTexts(MessageSource messages, DisplayZone zone, ObjectMapper json) {
		this.messages = messages;
		this.zone = zone;
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
		return messages.getMessage("notification.mail." + kind.name() + ".subject", args(kind, params, lang, null), lang);
	}

	/** The body of the e-mail; its last argument is the link to the record. */
	public String body(NotificationKind kind, Map<String, String> params, String link, Locale locale) {
		Locale lang = language(locale);
		return messages.getMessage("notification.mail." + kind.name() + ".body", args(kind, params, lang, link), lang);
	}

	/** An instant as the lists show it, in the display zone. */
	public String time(Instant instant) {
		return TIME.format(zone.toLocal(instant));
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
				return time(Instant.parse(value)) + " (" + zone.zone().getId() + ")";
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		String english = Locale.ENGLISH.equals(lang) ? params.get(name + ".en") : null;
		return english != null && !english.isBlank() ? english : value == null ? "" : value;
	}
}
