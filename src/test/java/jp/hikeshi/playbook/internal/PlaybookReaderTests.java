package jp.hikeshi.playbook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PlaybookReaderTests {

	static final Set<String> CATEGORIES = Set.of("RANSOMWARE", "MALWARE", "TARGETED_EMAIL", "PHISHING", "INFO_LEAK",
			"MISDELIVERY", "UNAUTHORIZED_ACCESS", "INTRUSION", "DEFACEMENT", "DOS", "LOSS_THEFT", "OTHER");

	static List<String> messages(RejectedInputException ex, Locale locale) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/playbook");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return ex.problems().stream().map(p -> p.field() + ": " + source.getMessage(p.messageKey(), p.args(), locale)).toList();
	}

	@Test
	@DisplayName("GEN-3 every shipped playbook reads without a fault")
	void everyShippedPlaybookReads() {
		for (String text : ShippedPlaybooks.texts()) {
			try {
				PlaybookReader.read(text, CATEGORIES);
			}
			catch (RejectedInputException ex) {
				throw new AssertionError(text.lines().limit(3).toList() + " " + messages(ex, Locale.ENGLISH));
			}
		}
	}
}
