package jp.hikeshi.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last advice for REST controllers: an exception no other advice answers (neither
 * {@link ApiProblems} nor a module's own, e.g. a refused remediation step) becomes a 500
 * problem document without its cause.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiUnexpectedProblems {

	private final ApiProblems problems;

	ApiUnexpectedProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) throws Exception {
		return problems.unexpected(ex);
	}

}
