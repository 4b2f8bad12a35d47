package jp.hikeshi.shared;

import java.util.List;

/**
 * Raised by a module when submitted data breaks a business rule; answered with 400 and
 * each field's fault.
 */
public class RejectedInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public RejectedInputException(List<FieldProblem> problems) {
		super("rejected input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public RejectedInputException(String field, String messageKey, Object... args) {
		this(List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
