package jp.hikeshi.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The due day of a prevention measure: a day (2026-12-20), or a time in the display zone
 * or with an offset, read as its day. The follow-up task falls due at the end of that
 * day, so lists show the day itself and not the next midnight.
 */
final class MeasureDue {

	private MeasureDue() {
	}

	static Optional<LocalDate> parse(String text, ZoneId zone) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			if (value.length() == 10) {
				return Optional.of(LocalDate.parse(value));
			}
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate());
			}
			return Optional.of(LocalDateTime.parse(value).toLocalDate());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The last second of the day in the zone. */
	static Instant endOf(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
	}

}
