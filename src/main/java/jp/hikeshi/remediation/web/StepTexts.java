package jp.hikeshi.remediation.web;

import java.util.Locale;

import jp.hikeshi.remediation.StepRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a refused step into words, with the labels of the steps, for the API and the
 * pages.
 */
@Component
class StepTexts {

	private final MessageSource messages;

	StepTexts(MessageSource messages) {
		this.messages = messages;
	}

	MessageSource messages() {
		return messages;
	}

	String refused(StepRefusedException ex, Locale locale) {
		String allowed = ex.allowed().isEmpty() ? messages.getMessage("remediation.step.none", null, locale)
				: String.join(", ", ex.allowed().stream().map(s -> label(ex, s, locale)).toList());
		return messages.getMessage(ex.messageKey(),
				new Object[] { label(ex, ex.from(), locale), label(ex, ex.to(), locale), allowed }, locale);
	}

	private String label(StepRefusedException ex, String step, Locale locale) {
		return messages.getMessage(ex.labelPrefix() + step, null, step, locale);
	}

}
