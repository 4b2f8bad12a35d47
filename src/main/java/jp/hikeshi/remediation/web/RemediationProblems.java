package jp.hikeshi.remediation.web;

import java.net.URI;

import jp.hikeshi.remediation.StepRefusedException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A step the life cycle does not allow is a conflict with the record's state: 409, saying
 * which steps may follow.
 */
@RestControllerAdvice(assignableTypes = RemediationApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RemediationProblems {

	private final StepTexts texts;

	RemediationProblems(StepTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(StepRefusedException.class)
	ResponseEntity<ProblemDetail> refused(StepRefusedException ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.refused(ex, locale));
		problem.setTitle(texts.messages().getMessage("remediation.step.refused.title", null, locale));
		problem.setType(URI.create("https://hikeshi.jp/problems/step"));
		problem.setProperty("from", ex.from());
		problem.setProperty("to", ex.to());
		problem.setProperty("allowed", ex.allowed());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
