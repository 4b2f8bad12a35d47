package jp.hikeshi.incident.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.incident.TimelineEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows automatic handling-log lines in the reader's language
 * ({@code ${@timelineTexts.text(e)}}). The log stores codes (RESPONSE: NOT_STARTED →
 * IN_PROGRESS) so that the record and the API stay language-neutral.
 */
@Component("timelineTexts")
public class TimelineTexts {

	private static final Set<String> CODED_TYPES = Set.of("STATE_CHANGED", "PROCESS_CHANGED", "RANKED", "OPENED");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b");

	private static final List<String> PREFIXES = List.of("incidentState.", "process.", "processState.", "urgency.",
			"severity.");

	private final MessageSource messages;

	TimelineTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(TimelineEntry entry) {
		if (!CODED_TYPES.contains(entry.type())) {
			return entry.text();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Matcher m = CODE.matcher(entry.text());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(label(m.group(), locale)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String label(String code, Locale locale) {
		for (String prefix : PREFIXES) {
			String text = messages.getMessage(prefix + code, null, null, locale);
			if (text != null) {
				return text;
			}
		}
		return code;
	}

}
