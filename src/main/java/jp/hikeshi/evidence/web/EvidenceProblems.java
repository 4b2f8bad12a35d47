package jp.hikeshi.evidence.web;

import java.net.URI;

import jp.hikeshi.evidence.internal.ContentStore;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A file over the configured limit is answered with 413 (nothing kept); a file that no
 * longer matches its hash with 409.
 */
@RestControllerAdvice(assignableTypes = EvidenceApi.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

	private final MessageSource messages;

	EvidenceProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(EvidenceApi.IntegrityMismatch.class)
	ResponseEntity<ProblemDetail> mismatch(EvidenceApi.IntegrityMismatch ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("evidence.integrity.mismatch", new Object[] { ex.recorded, ex.actual }, locale));
		problem.setTitle(messages.getMessage("evidence.integrity.title", null, locale));
		problem.setType(URI.create("https://hikeshi.jp/problems/integrity"));
		problem.setProperty("recordedSha256", ex.recorded);
		problem.setProperty("actualSha256", ex.actual);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(ContentStore.TooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(ContentStore.TooLarge ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("evidence.tooLarge.detail", new Object[] { ex.max() }, locale));
		problem.setTitle(messages.getMessage("evidence.tooLarge", null, locale));
		problem.setType(URI.create("https://hikeshi.jp/problems/tooLarge"));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
