package jp.hikeshi.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.hikeshi.incident.IncidentView;

/**
 * The handling times of an incident, detected → received → triaged → contained → recovered → closed, each with the
 * time since the stage before that was reached, written for people: 「2026年4月1日（水）10:15」 and 「2 時間 15 分」.
 */
final class HandlingTimes {

	private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日（E）HH:mm", Locale.JAPANESE);
	private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

	/** The stages in order; the message key of each is {@code review.stage.<name>}. */
	static final List<String> STAGES = List.of("DETECTED", "RECEIVED", "TRIAGED", "CONTAINED", "RECOVERED", "CLOSED");

	private HandlingTimes() {
	}

	/** One stage: its time (null when not reached) and the time it took from the previous stage reached. */
	record Stage(String name, Instant at, Duration since) {
	}

	static List<Stage> of(IncidentView incident) {
		List<Instant> times = java.util.Arrays.asList(incident.detectedAt(), incident.receivedAt(),
				incident.acknowledgedAt() != null ? incident.acknowledgedAt() : incident.openedAt(), incident.containedAt(),
				incident.recoveredAt(), incident.closedAt());
		List<Stage> stages = new ArrayList<>();
		Instant previous = null;
		for (int i = 0; i < STAGES.size(); i++) {
			Instant at = times.get(i);
			stages.add(new Stage(STAGES.get(i), at, at != null && previous != null ? Duration.between(previous, at) : null));
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

	/** 「1 日 2 時間 15 分」 or "1 d 2 h 15 min"; under a minute 「1 分未満」; a negative span (times out of order) "—". */
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
