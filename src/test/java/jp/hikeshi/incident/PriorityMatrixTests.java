package jp.hikeshi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PriorityMatrixTests {

	@Test
	@DisplayName("TRI-2 the default 4×4 matrix ranks urgency × severity as reference.md says")
	void ranksByTheDefaultFourByFourMatrix() {
		PriorityMatrix matrix = PriorityMatrix.defaults(PriorityScheme.SEVERITY_4X4);
		String expected = """
				EXTENSIVE   1 1 2 4
				SIGNIFICANT 1 2 3 4
				MODERATE    2 2 3 4
				MINOR       2 3 3 4""";
		for (String line : expected.lines().toList()) {
			String[] parts = line.trim().split("\\s+");
			for (Urgency urgency : Urgency.values()) {
				assertThat(matrix.priorityOf(urgency, parts[0]).level()).as(parts[0] + " × " + urgency)
					.isEqualTo(Integer.parseInt(parts[urgency.ordinal() + 1]));
			}
		}
		assertThat(matrix.priorityOf(Urgency.CRITICAL, "EXTENSIVE").label()).isEqualTo("P1");
	}

	@Test
	@DisplayName("TRI-2 the damage-level scale 0–3 ranks level 3 highest and level 0 lowest")
	void ranksByDamageLevel() {
		PriorityMatrix matrix = PriorityMatrix.defaults(PriorityScheme.DAMAGE_LEVEL);
		assertThat(matrix.priorityOf(Urgency.HIGH, "LEVEL_3").label()).isEqualTo("P1");
		assertThat(matrix.priorityOf(Urgency.CRITICAL, "LEVEL_1").label()).isEqualTo("P2");
		assertThat(matrix.priorityOf(Urgency.LOW, "LEVEL_0").label()).isEqualTo("P4");
		for (Urgency urgency : Urgency.values()) {
			assertThat(matrix.priorityOf(urgency, "LEVEL_3").level())
				.isLessThanOrEqualTo(matrix.priorityOf(urgency, "LEVEL_0").level());
		}
	}

	@Test
	void namesTheSchemeOfASeverityCode() {
		assertThat(PriorityScheme.ofSeverity("MODERATE")).contains(PriorityScheme.SEVERITY_4X4);
		assertThat(PriorityScheme.ofSeverity("LEVEL_2")).contains(PriorityScheme.DAMAGE_LEVEL);
		assertThat(PriorityScheme.ofSeverity("HUGE")).isEmpty();
	}

	@Test
	@DisplayName("TRI-2 a configured matrix must fill every cell with P1..P4")
	void rejectsIncompleteOrOutOfRangeMatrices() {
		List<PriorityMatrix.Cell> cells = new ArrayList<>(
				PriorityMatrix.defaults(PriorityScheme.SEVERITY_4X4).cellList());
		cells.remove(0);
		assertThatThrownBy(() -> PriorityMatrix.of(PriorityScheme.SEVERITY_4X4, cells))
			.isInstanceOf(RejectedInputException.class)
			.satisfies(ex -> assertThat(((RejectedInputException) ex).problems()).hasSize(1));
		cells.add(new PriorityMatrix.Cell("EXTENSIVE", Urgency.CRITICAL, 5));
		assertThatThrownBy(() -> PriorityMatrix.of(PriorityScheme.SEVERITY_4X4, cells))
			.isInstanceOf(RejectedInputException.class);
	}

	@Test
	void acceptsAChangedCell() {
		List<PriorityMatrix.Cell> cells = new ArrayList<>(
				PriorityMatrix.defaults(PriorityScheme.SEVERITY_4X4).cellList());
		cells.replaceAll(c -> c.severity().equals("MINOR") && c.urgency() == Urgency.LOW
				? new PriorityMatrix.Cell("MINOR", Urgency.LOW, 3) : c);
		assertThat(PriorityMatrix.of(PriorityScheme.SEVERITY_4X4, cells).priorityOf(Urgency.LOW, "MINOR").label())
			.isEqualTo("P3");
	}

}
