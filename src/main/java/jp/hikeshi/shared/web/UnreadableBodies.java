package jp.hikeshi.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * A request body the API could not read: too large (413), malformed JSON with its line
 * and column, or a value that does not bind, named by its JSON path (unknown properties
 * and enum values with the ones allowed).
 */
final class UnreadableBodies {

	private UnreadableBodies() {
	}

	static ResponseEntity<Object> answer(HttpMessageNotReadableException ex, ProblemResponses responses) {
		if (BodyLimitFilter.isTooLarge(ex)) {
			return responses.problem(HttpStatus.CONTENT_TOO_LARGE, "tooLarge",
					responses.text("problem.tooLarge.detail"), null);
		}
		JacksonException json = find(ex, JacksonException.class);
		if (json instanceof PropertyBindingException unknown) {
			String field = path(unknown);
			Map<String, Object> error = ProblemResponses.error(field,
					responses.text("validation.json.unknownProperty", unknown.getPropertyName()));
			if (unknown.getKnownPropertyIds() != null) {
				error.put("allowed", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
			}
			return responses.invalid(List.of(error));
		}
		if (json instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return responses.invalid(List.of(responses.enumError(path(format), format.getTargetType())));
		}
		if (json instanceof InvalidNullException nul && !nul.getPath().isEmpty()) {
			return responses.invalid(path(nul), "validation.json.null");
		}
		if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return responses.invalid(path(mismatch), "validation.typeMismatch");
		}
		if (json != null && !(json instanceof StreamReadException) && !json.getPath().isEmpty()) {
			return responses.invalid(path(json), "validation.typeMismatch");
		}
		if (json instanceof StreamReadException malformed && malformed.getLocation() != null) {
			return responses.problem(HttpStatus.BAD_REQUEST, "unreadable",
					responses.text("problem.unreadable.malformed", malformed.getLocation().getLineNr(),
							malformed.getLocation().getColumnNr()),
					null);
		}
		if (json == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			return responses.problem(HttpStatus.BAD_REQUEST, "unreadable", responses.text("problem.unreadable.empty"),
					null);
		}
		return responses.problem(HttpStatus.BAD_REQUEST, "unreadable", responses.text("problem.unreadable.detail"),
				null);
	}

	/**
	 * The JSON path of a binding fault as {@code facts.scope} or
	 * {@code affectedPlaces[0].assetId}.
	 */
	static String path(JacksonException ex) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!out.isEmpty()) {
					out.append('.');
				}
				out.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				out.append('[').append(ref.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	private static <T> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
