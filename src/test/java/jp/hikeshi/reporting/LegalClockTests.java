package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jp.hikeshi.reporting.ReminderThresholds.Threshold;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LegalClockTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	// 2026-04-01 10:00 in Tokyo
	static final Instant AWARE = Instant.parse("2026-04-01T01:00:00Z");

	final LegalClock clock = new LegalClock(3, 5, TOKYO);

	@Test
	@DisplayName("REP-3 the final report is due within 30 days, counted from the day after becoming aware, to midnight in Tokyo")
	void countsThirtyDaysForTheFinalReport() {
		LegalDeadlines d = clock.deadlines(AWARE, false);
		assertThat(d.finalDays()).isEqualTo(30);
		// day 1 is 04-02, day 30 is 05-01; due at the end of 05-01 Tokyo time
		assertThat(d.finalDueAt()).isEqualTo(Instant.parse("2026-05-01T15:00:00Z"));
	}

	@Test
	@DisplayName("REP-3 the final report is due within 60 days when an unauthorised purpose is possible")
	void countsSixtyDaysForUnauthorisedPurpose() {
		LegalDeadlines d = clock.deadlines(AWARE, true);
		assertThat(d.finalDays()).isEqualTo(60);
		assertThat(d.finalDueAt()).isEqualTo(Instant.parse("2026-05-31T15:00:00Z"));
	}

	@Test
	@DisplayName("REP-3 the preliminary report warns after 3 days and is overdue after 5, as configured")
	void warnsAndExpiresThePreliminaryWindow() {
		LegalDeadlines d = clock.deadlines(AWARE, false);
		assertThat(d.preliminaryWarnAt()).isEqualTo(Instant.parse("2026-04-04T15:00:00Z"));
		assertThat(d.preliminaryDueAt()).isEqualTo(Instant.parse("2026-04-06T15:00:00Z"));
		LegalDeadlines wider = new LegalClock(2, 7, TOKYO).deadlines(AWARE, false);
		assertThat(wider.preliminaryDueAt()).isEqualTo(Instant.parse("2026-04-08T15:00:00Z"));
	}

	@Test
	@DisplayName("REP-3 a preliminary window that ends before its warning is refused")
	void refusesAnInvertedWindow() {
		assertThatThrownBy(() -> new LegalClock(5, 3, TOKYO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("REP-3 reminders are due at the warning time, then overdue at the deadline, and never once the deadline is met")
	void reachesWarnThenOverdue() {
		Instant warn = Instant.parse("2026-04-04T15:00:00Z");
		Instant due = Instant.parse("2026-04-06T15:00:00Z");
		assertThat(ReminderThresholds.reached(warn, due, null, warn.minusSeconds(1))).isEmpty();
		assertThat(ReminderThresholds.reached(warn, due, null, warn)).isEqualTo(List.of(Threshold.WARN));
		assertThat(ReminderThresholds.reached(warn, due, null, due)).isEqualTo(List.of(Threshold.OVERDUE));
		assertThat(ReminderThresholds.reached(warn, due, warn, due)).isEmpty();
		assertThat(ReminderThresholds.warnBefore(due, 3)).isEqualTo(Instant.parse("2026-04-03T15:00:00Z"));
	}

}
