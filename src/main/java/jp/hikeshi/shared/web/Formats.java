package jp.hikeshi.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jp.hikeshi.shared.DisplayZone;

import org.springframework.stereotype.Component;

/** Formats instants in the display zone for templates ({@code ${@formats.dateTime(x)}}). */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final DisplayZone zone;

	Formats(DisplayZone zone) {
		this.zone = zone;
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone.zone()));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone.zone()));
	}

	/** The value a {@code datetime-local} input expects. */
	public String input(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(zone.zone()));
	}

	/** The given page-relative URI with its {@code page} parameter set to {@code page}. */
	public String pageUrl(String uri, int page) {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(uri)
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

	/** A length of time in words of the page's language: 「1 時間 30 分」, "1 h 30 min"; never the ISO form PT1H30M. */
	public String duration(java.time.Duration duration) {
		if (duration == null) {
			return "";
		}
		boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
		String[] units = english ? new String[] { "d", "h", "min", "s" } : new String[] { "日", "時間", "分", "秒" };
		long[] parts = { duration.toDays(), duration.toHoursPart(), duration.toMinutesPart(), duration.toSecondsPart() };
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
