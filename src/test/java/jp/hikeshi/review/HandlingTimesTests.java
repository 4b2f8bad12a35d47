package jp.hikeshi.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandlingTimesTests {

	@Test
	@DisplayName("GEN-1 a duration reads in days, hours and minutes in Japanese and English")
	void writesDurationsForPeople() {
		assertThat(HandlingTimes.duration(Duration.ofMinutes(135), Locale.JAPANESE)).isEqualTo("2 時間 15 分");
		assertThat(HandlingTimes.duration(Duration.ofMinutes(135), Locale.ENGLISH)).isEqualTo("2 h 15 min");
		assertThat(HandlingTimes.duration(Duration.ofHours(27).plusMinutes(5), Locale.JAPANESE))
			.isEqualTo("1 日 3 時間 5 分");
		assertThat(HandlingTimes.duration(Duration.ofDays(2), Locale.ENGLISH)).isEqualTo("2 d");
		assertThat(HandlingTimes.duration(Duration.ofSeconds(20), Locale.JAPANESE)).isEqualTo("1 分未満");
		assertThat(HandlingTimes.duration(Duration.ofMinutes(-5), Locale.JAPANESE)).isEqualTo("—");
		assertThat(HandlingTimes.duration(null, Locale.ENGLISH)).isEqualTo("—");
	}

	@Test
	@DisplayName("GEN-1 a time reads as the day and hour in Japan time")
	void writesTimesInTheDisplayZone() {
		Instant at = Instant.parse("2026-12-01T15:30:00Z");
		assertThat(HandlingTimes.time(at, ZoneId.of("Asia/Tokyo"), Locale.JAPANESE)).isEqualTo("2026年12月2日（水）00:30");
		assertThat(HandlingTimes.time(at, ZoneId.of("Asia/Tokyo"), Locale.ENGLISH)).isEqualTo("Wed 2 Dec 2026, 00:30");
		assertThat(HandlingTimes.time(null, ZoneId.of("Asia/Tokyo"), Locale.ENGLISH)).isEqualTo("—");
	}

	@Test
	@DisplayName("REP-3 a deadline at midnight reads as the whole day before, not as the next day at 00:00")
	void writesMidnightDeadlinesAsTheDayBefore() {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		Instant midnight = Instant.parse("2026-12-02T15:00:00Z");
		assertThat(HandlingTimes.deadline(midnight, tokyo, Locale.JAPANESE)).isEqualTo("2026年12月2日（水）中");
		assertThat(HandlingTimes.deadline(midnight, tokyo, Locale.ENGLISH)).isEqualTo("by the end of Wed 2 Dec 2026");
		assertThat(HandlingTimes.deadline(midnight.plusSeconds(3600), tokyo, Locale.JAPANESE))
			.isEqualTo("2026年12月3日（木）01:00");
	}

	@Test
	@DisplayName("GEN-1 a measure's due day is read from a day or a time and falls due at the end of that day")
	void readsDueDays() {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		assertThat(MeasureDue.parse("2026-12-20", tokyo))
			.hasValueSatisfying(d -> assertThat(d).hasToString("2026-12-20"));
		assertThat(MeasureDue.parse("2026-12-19T16:00:00Z", tokyo))
			.hasValueSatisfying(d -> assertThat(d).hasToString("2026-12-20"));
		assertThat(MeasureDue.parse("2026-12-20T09:00", tokyo))
			.hasValueSatisfying(d -> assertThat(d).hasToString("2026-12-20"));
		assertThat(MeasureDue.parse("next week", tokyo)).isEmpty();
		assertThat(MeasureDue.endOf(java.time.LocalDate.parse("2026-12-20"), tokyo))
			.isEqualTo(Instant.parse("2026-12-20T14:59:59Z"));
	}

}
