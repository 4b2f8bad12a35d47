package jp.hikeshi.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST call into an RFC 9457 problem document in the caller's language:
 * field faults as {@code errors[]}, unknown ids as 404, stale versions as 409, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RejectedInputException.class)
	ResponseEntity<Object> rejected(RejectedInputException ex) {
		List<Map<String, String>> errors = ex.problems().stream().map(this::toError).toList();
		return invalid(errors);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", text("problem.notFound.detail", ex.id()), null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", text("problem.conflict.detail"), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(Map.of("field", ex.getName(), "message", text("validation.typeMismatch"))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale())));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", "", "message", messages.getMessage(error, locale()))));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (BodyLimitFilter.isTooLarge(ex)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge.title", text("problem.tooLarge.detail"), null);
		}
		return problem(HttpStatus.BAD_REQUEST, "problem.unreadable.title", text("problem.unreadable.detail"), null);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail detail) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			String key = "problem.http." + statusCode.value();
			detail.setTitle(messages.getMessage(key, null, status == null ? detail.getTitle() : status.getReasonPhrase(), locale()));
			detail.setDetail(null);
		}
		HttpHeaders copy = new HttpHeaders();
		copy.addAll(headers);
		copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, copy, statusCode);
	}

	private ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", text("problem.invalid.detail", errors.size()), errors);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String titleKey, String detail, List<Map<String, String>> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(text(titleKey));
		body.setType(URI.create("https://hikeshi.jp/problems/" + titleKey.split("\\.")[1]));
		if (errors != null) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private Map<String, String> toError(FieldProblem problem) {
		return Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.args()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
