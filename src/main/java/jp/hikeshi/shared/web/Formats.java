package jp.hikeshi.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants in the display zone for templates ({@code ${@formats.dateTime(x)}}).
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DATE_TIME_JA = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm",
			Locale.JAPANESE);

	private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

	private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final DisplayZone zone;

	Formats(DisplayZone zone) {
		this.zone = zone;
	}

	/**
	 * A time as people read it on screens, in the display zone: 「2026年12月4日 11:28」 / "4
	 * Dec 2026, 11:28".
	 */
	public String dateTime(Instant instant) {
		return instant == null ? "" : (english() ? DATE_TIME_EN : DATE_TIME_JA).format(instant.atZone(zone.zone()));
	}

	/** A day as people read it on screens: 「2026年12月4日」 / "4 Dec 2026". */
	public String date(Instant instant) {
		return instant == null ? "" : (english() ? DATE_EN : DATE_JA).format(instant.atZone(zone.zone()));
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** The value a {@code datetime-local} input expects. */
	public String input(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(zone.zone()));
	}

	/**
	 * The given page-relative URI with its {@code page} parameter set to {@code page}.
	 */
	public String pageUrl(String uri, int page) {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(uri)
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

	/**
	 * A length of time in words of the page's language: 「1 時間 30 分」, "1 h 30 min"; never
	 * the ISO form PT1H30M.
	 */
	public String duration(java.time.Duration duration) {
		if (duration == null) {
			return "";
		}
		String[] units = english() ? new String[] { "d", "h", "min", "s" } : new String[] { "日", "時間", "分", "秒" };
		long[] parts = { duration.toDays(), duration.toHoursPart(), duration.toMinutesPart(),
				duration.toSecondsPart() };
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] != 0) {
				text.append(text.isEmpty() ? "" : " ").append(parts[i]).append(' ').append(units[i]);
			}
		}
		return text.isEmpty() ? "0 " + units[3] : text.toString();
	}

	public String zoneName() {
		return zone.zone().getId();
	}

}
