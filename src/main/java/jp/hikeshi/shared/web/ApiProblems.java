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
 * Turns every failure of a REST call into an RFC 9457 problem document
 * ({@code application/problem+json}) in the caller's language: a {@code type} URI, title,
 * detail and instance; field faults as {@code errors[]} (each with {@code field} and
 * {@code message}, unknown enum values with {@code allowed}); unknown ids as 404, stale
 * versions and contradicting input as 409; anything unexpected as 500 without a stack
 * trace. Errors raised before a controller is chosen (unknown path, wrong method, media
 * types) are answered through {@link ApiFallbackProblems}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	private final ProblemResponses responses;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		this.responses = new ProblemResponses(messages);
	}

	@ExceptionHandler(RejectedInputException.class)
	ResponseEntity<Object> rejected(RejectedInputException ex) {
		return responses.invalid(ex.problems().stream().map(responses::toError).toList());
	}

	@ExceptionHandler(ConflictingInputException.class)
	ResponseEntity<Object> conflicting(ConflictingInputException ex) {
		List<Map<String, Object>> errors = ex.problems().stream().map(responses::toError).toList();
		return responses.problem(HttpStatus.CONFLICT, "conflictingInput",
				responses.text("problem.conflictingInput.detail", errors.size()), errors);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return responses.problem(HttpStatus.NOT_FOUND, "notFound", responses.text("problem.notFound.detail", ex.id()),
				null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException ex) {
		return responses.problem(HttpStatus.CONFLICT, "conflict", responses.text("problem.conflict.detail"), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		Map<String, Object> error = type != null && type.isEnum() ? responses.enumError(ex.getName(), type)
				: ProblemResponses.error(ex.getName(), responses.text("validation.typeMismatch"));
		return responses.invalid(List.of(error));
	}

	/**
	 * Anything else: 500 with a generic text; the cause goes to the log only. Security
	 * decisions pass through. Called by {@link ApiUnexpectedProblems}, which comes after
	 * every module's own API advice.
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
	 * Answers an exception raised outside any REST controller (no handler found, wrong
	 * method, a multipart limit) the same way as one raised inside.
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
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(ProblemResponses.error(error.getField(), messages.getMessage(error, locale())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(ProblemResponses.error("", messages.getMessage(error, locale()))));
		return responses.invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return responses.invalid(ex.getRequestPartName(), "validation.part.missing", ex.getRequestPartName());
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return responses.invalid(ex.getParameterName(), "validation.parameter.missing", ex.getParameterName());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return UnreadableBodies.answer(ex, responses);
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
			return new Object[] { String.valueOf(media.getContentType()),
					MediaType.toString(media.getSupportedMediaTypes()) };
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException media) {
			return new Object[] { MediaType.toString(media.getSupportedMediaTypes()) };
		}
		if (ex instanceof MaxUploadSizeExceededException size) {
			return new Object[] { size.getMaxUploadSize() };
		}
		return new Object[0];
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
