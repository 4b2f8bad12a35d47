package jp.hikeshi.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import jp.hikeshi.reporting.PrivacyFacts;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PersonCountTests {

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	{
		messages.setBasename("i18n/reporting");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	String words(Integer exact, Integer min, Integer max, Locale locale) {
		PrivacyFacts facts = new PrivacyFacts(true, false, false, false, true, exact, min, max, false, false, null,
				Instant.parse("2026-12-01T00:00:00Z"), null);
		return PersonCount.of(facts).map(c -> messages.getMessage(c.messageKey(), c.arguments(), locale)).orElse("-");
	}

	@Test
	@DisplayName("REP-3 the number of persons reads as recorded: exact, approximate or an estimated range, never a range of one number")
	void wordsTheCountAsRecorded() {
		assertThat(words(300, null, null, Locale.JAPANESE)).isEqualTo("300 人");
		assertThat(words(null, 300, 300, Locale.JAPANESE)).isEqualTo("約 300 人");
		assertThat(words(null, 300, 500, Locale.JAPANESE)).isEqualTo("300 〜 500 人（推定）");
		assertThat(words(null, 300, null, Locale.JAPANESE)).isEqualTo("300 人以上（推定）");
		assertThat(words(null, null, 500, Locale.JAPANESE)).isEqualTo("最大 500 人（推定）");
		assertThat(words(null, null, null, Locale.JAPANESE)).isEqualTo("-");
		assertThat(words(300, null, null, Locale.ENGLISH)).isEqualTo("300 persons");
		assertThat(words(1, null, null, Locale.ENGLISH)).isEqualTo("1 person");
		assertThat(words(null, 300, 300, Locale.ENGLISH)).isEqualTo("about 300 persons");
		assertThat(words(null, 300, 500, Locale.ENGLISH)).isEqualTo("300 to 500 persons (estimated)");
		assertThat(words(null, 1200, 3000, Locale.ENGLISH)).isEqualTo("1,200 to 3,000 persons (estimated)");
	}

}
