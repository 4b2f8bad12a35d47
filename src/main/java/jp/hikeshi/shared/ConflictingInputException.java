package jp.hikeshi.shared;

import java.util.List;

/**
 * Raised when submitted data contradicts what is already recorded (e.g. another TLP for a
 * known observable); answered with 409 and each conflicting field, never by silently
 * keeping one side.
 */
public class ConflictingInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public ConflictingInputException(String field, String messageKey, Object... args) {
		super("conflicting input: " + field);
		this.problems = List.of(new FieldProblem(field, messageKey, args));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
