package jp.hikeshi.evidence.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * On the pages, a file that no longer matches its hash is said plainly, with both hashes.
 */
@ControllerAdvice(assignableTypes = EvidencePages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidencePageProblems {

	private final MessageSource messages;

	EvidencePageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(EvidenceApi.IntegrityMismatch.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String mismatch(EvidenceApi.IntegrityMismatch ex, Model model) {
		model.addAttribute("status", 409);
		model.addAttribute("errorMessage", messages.getMessage("evidence.integrity.mismatch",
				new Object[] { ex.recorded, ex.actual }, LocaleContextHolder.getLocale()));
		return "error";
	}

}
