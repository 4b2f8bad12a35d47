package jp.hikeshi.shared.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hikeshi.shared.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Writes the problem documents of the API in the caller's language: a status, a named
 * type, texts and field errors.
 */
final class ProblemResponses {

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<Object> invalid(List<Map<String, Object>> errors) {
		return problem(HttpStatus.BAD_REQUEST, "invalid", text("problem.invalid.detail", errors.size()), errors);
	}

	/** 400 with the one error of a field, its message given by key and arguments. */
	ResponseEntity<Object> invalid(String field, String key, Object... args) {
		return invalid(List.of(error(field, text(key, args))));
	}

	ResponseEntity<Object> problem(HttpStatus status, String name, String detail, List<Map<String, Object>> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(text("problem." + name + ".title"));
		body.setType(ProblemBodies.type(name));
		if (errors != null) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	Map<String, Object> toError(FieldProblem problem) {
		return error(problem.field(), text(problem.messageKey(), problem.args()));
	}

	/**
	 * An error of a field whose value is not one of the enum's constants, with the ones
	 * allowed.
	 */
	Map<String, Object> enumError(String field, Class<?> type) {
		List<String> allowed = enumNames(type);
		Map<String, Object> error = error(field, text("validation.json.enum", String.join(", ", allowed)));
		error.put("allowed", allowed);
		return error;
	}

	String text(String key, Object... args) {
		return ProblemBodies.text(messages, LocaleContextHolder.getLocale(), key, args);
	}

	static Map<String, Object> error(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	static List<String> enumNames(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList());
	}

}
