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

	public String zoneName() {
		return zone.zone().getId();
	}
}
