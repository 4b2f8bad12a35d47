package jp.hikeshi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DueDaysTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static Instant jst(String local) {
		return OffsetDateTime.parse(local + "+09:00").toInstant();
	}

	@Test
	@DisplayName("REP-3 a due at next-day 00:00 falls on the day before: 2026-12-03T00:00+09:00 is 12月2日（水）")
	void dueAtMidnightEndsTheDayBefore() {
		DueDays due = DueDays.of(jst("2026-12-03T00:00:00"), jst("2026-11-30T09:00:00"), TOKYO);
		assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(DateTimeFormatter.ofPattern("M月d日（E）", Locale.JAPANESE).format(due.lastDay())).isEqualTo("12月2日（水）");
		assertThat(due.days()).isEqualTo(2);
		assertThat(due.overdue()).isFalse();
		assertThat(due.key()).isEqualTo("home.days.left");
		assertThat(due.count()).isEqualTo(2);
	}

	@Test
	@DisplayName("RES-1 on the last day the due reads 今日まで, and counts in the display zone, not in UTC")
	void lastDayIsToday() {
		// 23:30 JST is 14:30 UTC of the same day; in UTC the due (15:00 UTC) would also
		// be "today", at 00:30 JST it is not
		DueDays late = DueDays.of(jst("2026-12-03T00:00:00"), jst("2026-12-02T23:30:00"), TOKYO);
		assertThat(late.days()).isZero();
		assertThat(late.key()).isEqualTo("home.days.today");
		DueDays early = DueDays.of(jst("2026-12-03T00:00:00"), jst("2026-12-02T00:30:00"), TOKYO);
		assertThat(early.days()).isZero();
	}

	@Test
	@DisplayName("RES-1 past the due it is overdue by the days since the last day; a due passed earlier today is overdue today")
	void overdueDays() {
		DueDays three = DueDays.of(jst("2026-12-03T00:00:00"), jst("2026-12-05T08:00:00"), TOKYO);
		assertThat(three.overdue()).isTrue();
		assertThat(three.days()).isEqualTo(-3);
		assertThat(three.count()).isEqualTo(3);
		assertThat(three.key()).isEqualTo("home.days.overdue");
		DueDays today = DueDays.of(jst("2026-12-03T10:00:00"), jst("2026-12-03T11:00:00"), TOKYO);
		assertThat(today.overdue()).isTrue();
		assertThat(today.days()).isZero();
		assertThat(today.key()).isEqualTo("home.days.overdueToday");
		DueDays exactly = DueDays.of(jst("2026-12-03T00:00:00"), jst("2026-12-03T00:00:00"), TOKYO);
		assertThat(exactly.overdue()).isTrue();
		assertThat(exactly.days()).isEqualTo(-1);
	}

}
