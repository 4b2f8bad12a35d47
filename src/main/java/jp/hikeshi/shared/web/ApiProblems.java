package jp.hikeshi.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import jp.hikeshi.shared.ConflictingInputException;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns every failure of a REST call into an RFC 9457 problem document ({@code application/problem+json}) in the
 * caller's language: a {@code type} URI, title, detail and instance; field faults as {@code errors[]} (each with
 * {@code field} and {@code message}, unknown enum values with {@code allowed}); unknown ids as 404, stale versions
 * and contradicting input as 409; anything unexpected as 500 without a stack trace. Errors raised before a
 * controller is chosen (unknown path, wrong method, media types) are answered through {@link ApiFallbackProblems}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RejectedInputException.class)
	ResponseEntity<Object> rejected(RejectedInputException ex) {
		return invalid(ex.problems().stream().map(this::toError).toList());
	}

	@ExceptionHandler(ConflictingInputException.class)
	ResponseEntity<Object> conflicting(ConflictingInputException ex) {
		List<Map<String, Object>> errors = ex.problems().stream().map(this::toError).toList();
		return problem(HttpStatus.CONFLICT, "conflictingInput", text("problem.conflictingInput.detail", errors.size()), errors);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "notFound", text("problem.notFound.detail", ex.id()), null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", text("problem.conflict.detail"), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Map<String, Object> error = error(ex.getName(), text("validation.typeMismatch"));
		Class<?> type = ex.getRequiredType();
		if (type != null && type.isEnum()) {
			List<String> allowed = enumNames(type);
			error = error(ex.getName(), text("validation.json.enum", String.join(", ", allowed)));
			error.put("allowed", allowed);
		}
		return invalid(List.of(error));
	}

	/**
	 * Anything else: 500 with a generic text; the cause goes to the log only. Security decisions pass through.
	 * Called by {@link ApiUnexpectedProblems}, which comes after every module's own API advice.
	 */
	ResponseEntity<Object> unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		HttpStatus status = declared != null ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			log.error("Unexpected failure of an API call", ex);
		}
		ProblemDetail body = ProblemDetail.forStatus(status);
		ProblemBodies.localise(body, messages, locale());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/**
	 * Answers an exception raised outside any REST controller (no handler found, wrong method, a multipart limit)
	 * the same way as one raised inside.
	 */
	ResponseEntity<Object> answer(Exception ex, HttpServletRequest request) throws Exception {
		ResponseEntity<Object> entity;
		try {
			entity = handleException(ex, new ServletWebRequest(request));
		}
		catch (Exception notStandard) {
			entity = null;
		}
		if (entity == null) {
			if (ex instanceof NotFoundException nf) {
				return notFound(nf);
			}
			return unexpected(ex);
		}
		return entity;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(error(error.getField(), messages.getMessage(error, locale())));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(error("", messages.getMessage(error, locale()))));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(error(ex.getRequestPartName(), text("validation.part.missing", ex.getRequestPartName()))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(error(ex.getParameterName(), text("validation.parameter.missing", ex.getParameterName()))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (BodyLimitFilter.isTooLarge(ex)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "tooLarge", text("problem.tooLarge.detail"), null);
		}
		JacksonException json = find(ex, JacksonException.class);
		if (json instanceof PropertyBindingException unknown) {
			String field = path(unknown);
			Map<String, Object> error = error(field, text("validation.json.unknownProperty", unknown.getPropertyName()));
			if (unknown.getKnownPropertyIds() != null) {
				error.put("allowed", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
			}
			return invalid(List.of(error));
		}
		if (json instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
			List<String> allowed = enumNames(format.getTargetType());
			Map<String, Object> error = error(path(format), text("validation.json.enum", String.join(", ", allowed)));
			error.put("allowed", allowed);
			return invalid(List.of(error));
		}
		if (json instanceof InvalidNullException nul && !nul.getPath().isEmpty()) {
			return invalid(List.of(error(path(nul), text("validation.json.null"))));
		}
		if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return invalid(List.of(error(path(mismatch), text("validation.typeMismatch"))));
		}
		if (json != null && !(json instanceof StreamReadException) && !json.getPath().isEmpty()) {
			return invalid(List.of(error(path(json), text("validation.typeMismatch"))));
		}
		if (json instanceof StreamReadException malformed && malformed.getLocation() != null) {
			return problem(HttpStatus.BAD_REQUEST, "unreadable", text("problem.unreadable.malformed",
					malformed.getLocation().getLineNr(), malformed.getLocation().getColumnNr()), null);
		}
		if (json == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			return problem(HttpStatus.BAD_REQUEST, "unreadable", text("problem.unreadable.empty"), null);
		}
		return problem(HttpStatus.BAD_REQUEST, "unreadable", text("problem.unreadable.detail"), null);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null) {
			body = ProblemDetail.forStatus(statusCode);
		}
		if (body instanceof ProblemDetail detail) {
			ProblemBodies.localise(detail, messages, locale(), detailArguments(ex));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders copy = new HttpHeaders();
		copy.addAll(headers);
		copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, copy, statusCode);
	}

	private static Object[] detailArguments(Exception ex) {
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			String[] supported = method.getSupportedMethods();
			return new Object[] { method.getMethod(), supported == null ? "" : String.join(", ", supported) };
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			return new Object[] { String.valueOf(media.getContentType()), MediaType.toString(media.getSupportedMediaTypes()) };
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException media) {
			return new Object[] { MediaType.toString(media.getSupportedMediaTypes()) };
		}
		if (ex instanceof MaxUploadSizeExceededException size) {
			return new Object[] { size.getMaxUploadSize() };
		}
		return new Object[0];
	}

	private ResponseEntity<Object> invalid(List<Map<String, Object>> errors) {
		return problem(HttpStatus.BAD_REQUEST, "invalid", text("problem.invalid.detail", errors.size()), errors);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String name, String detail, List<Map<String, Object>> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(text("problem." + name + ".title"));
		body.setType(ProblemBodies.type(name));
		if (errors != null) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private Map<String, Object> toError(FieldProblem problem) {
		return error(problem.field(), text(problem.messageKey(), problem.args()));
	}

	private static Map<String, Object> error(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	/** The JSON path of a binding fault as {@code facts.scope} or {@code affectedPlaces[0].assetId}. */
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

	private static List<String> enumNames(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList());
	}

	private static <T> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private String text(String key, Object... args) {
		return ProblemBodies.text(messages, locale(), key, args);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
