package jp.hikeshi.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.hikeshi.maintenance.internal.CheckSchedule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckScheduleTests {

	@Test
	@DisplayName("DET-1 the next check falls due one period after the last check")
	void fallsDueOnePeriodAfterTheLastCheck() {
		assertThat(CheckSchedule.dueOn(Frequency.MONTHLY, LocalDate.of(2026, 1, 31), LocalDate.of(2025, 1, 1)))
			.isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(CheckSchedule.dueOn(Frequency.QUARTERLY, LocalDate.of(2026, 1, 10), null))
			.isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(CheckSchedule.dueOn(Frequency.WEEKLY, LocalDate.of(2026, 1, 10), null))
			.isEqualTo(LocalDate.of(2026, 1, 17));
	}

	@Test
	@DisplayName("DET-1 a criterion never checked falls due one period after it was defined")
	void fallsDueOnePeriodAfterDefinitionWhenNeverChecked() {
		assertThat(CheckSchedule.dueOn(Frequency.YEARLY, null, LocalDate.of(2026, 3, 1)))
			.isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	@DisplayName("DET-1 a check is overdue from the day after it fell due")
	void isOverdueFromTheDayAfterItFellDue() {
		LocalDate due = LocalDate.of(2026, 5, 1);
		assertThat(CheckSchedule.overdue(due, due)).isFalse();
		assertThat(CheckSchedule.overdue(due, due.plusDays(1))).isTrue();
	}

}
