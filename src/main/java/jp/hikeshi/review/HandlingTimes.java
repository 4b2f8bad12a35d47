package jp.hikeshi.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.hikeshi.incident.IncidentView;

/**
 * The handling times of an incident, detected → received → triaged → contained →
 * recovered → closed, each with the time since the stage before that was reached, written
 * for people: 「2026年4月1日（水）10:15」 and 「2 時間 15 分」.
 */
final class HandlingTimes {

	private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日（E）HH:mm", Locale.JAPANESE);

	private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter JA_DAY = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

	/** The stages in order; the message key of each is {@code review.stage.<name>}. */
	static final List<String> STAGES = List.of("DETECTED", "RECEIVED", "TRIAGED", "CONTAINED", "RECOVERED", "CLOSED");

	private HandlingTimes() {
	}

	/**
	 * One stage: its time (null when not reached) and the time it took from the previous
	 * stage reached.
	 */
	record Stage(String name, Instant at, Duration since) {
	}

	static List<Stage> of(IncidentView incident) {
		List<Instant> times = java.util.Arrays.asList(incident.detectedAt(), incident.receivedAt(),
				incident.acknowledgedAt() != null ? incident.acknowledgedAt() : incident.openedAt(),
				incident.containedAt(), incident.recoveredAt(), incident.closedAt());
		List<Stage> stages = new ArrayList<>();
		Instant previous = null;
		for (int i = 0; i < STAGES.size(); i++) {
			Instant at = times.get(i);
			stages.add(new Stage(STAGES.get(i), at,
					at != null && previous != null ? Duration.between(previous, at) : null));
			if (at != null) {
				previous = at;
			}
		}
		return stages;
	}

	/** From the first stage reached to the last. */
	static Duration total(List<Stage> stages) {
		List<Instant> reached = stages.stream().map(Stage::at).filter(java.util.Objects::nonNull).toList();
		return reached.size() < 2 ? null : Duration.between(reached.get(0), reached.get(reached.size() - 1));
	}

	static String time(Instant at, ZoneId zone, Locale locale) {
		if (at == null) {
			return "—";
		}
		return at.atZone(zone).format(japanese(locale) ? JA : EN);
	}

	static String day(LocalDate day, Locale locale) {
		return day == null ? "—" : day.format(japanese(locale) ? JA_DAY : EN_DAY);
	}

	/**
	 * A deadline at midnight is the whole day before: 「2026年12月5日（土）中」, "by the end of
	 * Sat 5 Dec 2026".
	 */
	static String deadline(Instant due, ZoneId zone, Locale locale) {
		if (due == null) {
			return "—";
		}
		LocalDateTime local = LocalDateTime.ofInstant(due, zone);
		if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return time(due, zone, locale);
		}
		String day = day(local.toLocalDate().minusDays(1), locale);
		return japanese(locale) ? day + "中" : "by the end of " + day;
	}

	/**
	 * 「1 日 2 時間 15 分」 or "1 d 2 h 15 min"; under a minute 「1 分未満」; a negative span (times
	 * out of order) "—".
	 */
	static String duration(Duration d, Locale locale) {
		if (d == null || d.isNegative()) {
			return "—";
		}
		boolean ja = japanese(locale);
		if (d.toMinutes() == 0) {
			return ja ? "1 分未満" : "under 1 min";
		}
		List<String> parts = new ArrayList<>();
		if (d.toDays() > 0) {
			parts.add(d.toDays() + (ja ? " 日" : " d"));
		}
		if (d.toHoursPart() > 0) {
			parts.add(d.toHoursPart() + (ja ? " 時間" : " h"));
		}
		if (d.toMinutesPart() > 0) {
			parts.add(d.toMinutesPart() + (ja ? " 分" : " min"));
		}
		return String.join(" ", parts);
	}

	private static boolean japanese(Locale locale) {
		return "ja".equals(locale.getLanguage());
	}

}
