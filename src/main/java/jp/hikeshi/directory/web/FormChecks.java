package jp.hikeshi.directory.web;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.validation.BindingResult;

/**
 * Puts Bean Validation faults and a service's rejected fields beside the form fields they
 * concern.
 */
final class FormChecks {

	private FormChecks() {
	}

	/**
	 * Validates the input and runs the write, answering the view it names (a redirect);
	 * on a fault, the form view with each fault beside its field.
	 */
	static String submit(Validator validator, Object input, BindingResult result, UnaryOperator<String> path,
			String formView, Supplier<String> write) {
		if (!valid(validator, input, result, path)) {
			return formView;
		}
		try {
			return write.get();
		}
		catch (RejectedInputException ex) {
			reject(ex, result, path);
			return formView;
		}
	}

	static boolean valid(Validator validator, Object input, BindingResult result) {
		return valid(validator, input, result, UnaryOperator.identity());
	}

	/**
	 * With the input's property paths translated to the form's (where the form has rows
	 * the input leaves out).
	 */
	static boolean valid(Validator validator, Object input, BindingResult result, UnaryOperator<String> path) {
		var violations = validator.validate(input);
		violations
			.forEach(v -> result.rejectValue(path.apply(v.getPropertyPath().toString()), "invalid", v.getMessage()));
		return violations.isEmpty();
	}

	static void reject(RejectedInputException ex, BindingResult result, UnaryOperator<String> path) {
		for (FieldProblem p : ex.problems()) {
			result.rejectValue(path.apply(p.field()), p.messageKey(), p.args(), p.messageKey());
		}
	}

}
