package jp.hikeshi.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them on reporting pages and in documents
 * ({@code ${@documentDates.lastDay(due, #locale)}}): 「2026年12月2日（水）10:00」 / "Wed 2
 * December 2026 10:00". A legal deadline is stored as an exclusive end (next-day 00:00 in
 * the display zone), which reads as one day late; it is shown as its last day instead,
 * 「2026年12月2日（水）まで」 / "by Wed 2 December 2026", while the instant stays in the data.
 */
@Component("documentDates")
public class DocumentDates {

	private final MessageSource messages;

	private final DisplayZone zone;

	DocumentDates(MessageSource messages, DisplayZone zone) {
		this.messages = messages;
		this.zone = zone;
	}

	/**
	 * The last day on which an obligation due at the exclusive end {@code due} can still
	 * be met.
	 */
	public LocalDate lastDayOf(Instant due) {
		return due.minusNanos(1).atZone(zone.zone()).toLocalDate();
	}

	/** 「2026年12月2日（水）まで」 / "by Wed 2 December 2026"; empty for no deadline. */
	public String lastDay(Instant due, Locale locale) {
		if (due == null) {
			return "";
		}
		String day = pattern("reporting.format.date", locale).format(lastDayOf(due));
		return messages.getMessage("reporting.format.by", new Object[] { day }, locale);
	}

	/**
	 * A due time as people read it: one at midnight (an exclusive end) as its last day,
	 * 「2026年12月2日（水）まで」; any other with its hour, 「2026年12月2日（水）10:00まで」 / "by Wed 2
	 * December 2026 10:00".
	 */
	public String due(Instant due, Locale locale) {
		if (due == null) {
			return "";
		}
		if (due.atZone(zone.zone()).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return lastDay(due, locale);
		}
		return messages.getMessage("reporting.format.by", new Object[] { dateTime(due, locale) }, locale);
	}

	/** 「2026年12月2日（水）10:00」 / "Wed 2 December 2026 10:00"; empty for no time. */
	public String dateTime(Instant instant, Locale locale) {
		return instant == null ? "" : pattern("reporting.format.dateTime", locale).format(instant.atZone(zone.zone()));
	}

	/**
	 * The display zone as people name it, 「日本時間」 / "Japan Time", never its identifier
	 * (Asia/Tokyo).
	 */
	public String zoneName(Locale locale) {
		return zone.zone().getDisplayName(TextStyle.FULL, language(locale));
	}

	private static Locale language(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
	}

	private DateTimeFormatter pattern(String key, Locale locale) {
		Locale language = language(locale);
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, language), language);
	}

}
