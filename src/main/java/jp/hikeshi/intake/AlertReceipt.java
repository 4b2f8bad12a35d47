package jp.hikeshi.intake;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.FieldProblem;

/**
 * What became of one submitted alert: created, counted as a repeat of an existing one, or
 * rejected.
 */
public record AlertReceipt(UUID alertId, boolean duplicate, long seenCount, List<FieldProblem> problems) {

	public static AlertReceipt rejected(List<FieldProblem> problems) {
		return new AlertReceipt(null, false, 0, List.copyOf(problems));
	}

	public boolean accepted() {
		return problems.isEmpty();
	}
}
