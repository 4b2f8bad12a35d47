package jp.hikeshi.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

/**
 * The ranking policy of TRI-2: urgency (緊急度) × severity (重大度) → priority P1..P4. Every
 * cell of the scheme's grid must be filled; the defaults are those of reference.md, the
 * cells are the organisation's to change.
 */
public record PriorityMatrix(PriorityScheme scheme, Map<String, Map<Urgency, Integer>> cells) {

	public PriorityMatrix {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Map<Urgency, Integer>> copy = new LinkedHashMap<>();
		for (String severity : scheme.severities()) {
			Map<Urgency, Integer> row = cells.getOrDefault(severity, Map.of());
			Map<Urgency, Integer> rowCopy = new EnumMap<>(Urgency.class);
			for (Urgency urgency : Urgency.values()) {
				Integer value = row.get(urgency);
				if (value == null || value < Priority.HIGHEST || value > Priority.LOWEST) {
					problems.add(new FieldProblem("cells[" + severity + "][" + urgency + "]", "priority.cell.invalid",
							Priority.HIGHEST, Priority.LOWEST));
				}
				else {
					rowCopy.put(urgency, value);
				}
			}
			copy.put(severity, java.util.Collections.unmodifiableMap(rowCopy));
		}
		cells.keySet()
			.stream()
			.filter(s -> !scheme.severities().contains(s))
			.forEach(s -> problems.add(new FieldProblem("cells[" + s + "]", "priority.severity.unknown", s)));
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		cells = java.util.Collections.unmodifiableMap(copy);
	}

	/** The priority of the cell; the severity must belong to this matrix's scheme. */
	public Priority priorityOf(Urgency urgency, String severity) {
		Map<Urgency, Integer> row = cells.get(severity);
		if (urgency == null || row == null) {
			throw new IllegalArgumentException("no cell for " + urgency + " × " + severity + " in " + scheme);
		}
		return new Priority(row.get(urgency));
	}

	public List<Cell> cellList() {
		List<Cell> list = new ArrayList<>();
		cells.forEach((severity, row) -> row.forEach((urgency, p) -> list.add(new Cell(severity, urgency, p))));
		return list;
	}

	public static PriorityMatrix of(PriorityScheme scheme, List<Cell> cells) {
		Map<String, Map<Urgency, Integer>> grid = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (cell.severity() != null && cell.urgency() != null) {
				grid.computeIfAbsent(cell.severity(), s -> new EnumMap<>(Urgency.class))
					.put(cell.urgency(), cell.priority());
			}
		}
		return new PriorityMatrix(scheme, grid);
	}

	/**
	 * The defaults shipped with Hikeshi (reference.md); the migration seeds the same
	 * cells.
	 */
	public static PriorityMatrix defaults(PriorityScheme scheme) {
		int[][] rows = switch (scheme) {
			// columns: CRITICAL, HIGH, MEDIUM, LOW; rows most severe first
			case SEVERITY_4X4 -> new int[][] { { 1, 1, 2, 4 }, { 1, 2, 3, 4 }, { 2, 2, 3, 4 }, { 2, 3, 3, 4 } };
			case DAMAGE_LEVEL -> new int[][] { { 1, 1, 1, 2 }, { 1, 2, 2, 3 }, { 2, 3, 3, 4 }, { 3, 4, 4, 4 } };
		};
		Map<String, Map<Urgency, Integer>> grid = new LinkedHashMap<>();
		for (int r = 0; r < rows.length; r++) {
			Map<Urgency, Integer> row = new EnumMap<>(Urgency.class);
			for (Urgency u : Urgency.values()) {
				row.put(u, rows[r][u.ordinal()]);
			}
			grid.put(scheme.severities().get(r), row);
		}
		return new PriorityMatrix(scheme, grid);
	}

	/** One cell: severity row, urgency column, priority level 1..4. */
	public record Cell(String severity, Urgency urgency, int priority) {
	}
}
