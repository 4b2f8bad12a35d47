package jp.hikeshi.shared;

import java.util.Locale;

/**
 * A text kept in Japanese and English; shown in the reader's language, falling back to
 * the other one.
 */
public record Bilingual(String ja, String en) {

	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		String preferred = english ? en : ja;
		return preferred == null || preferred.isBlank() ? (english ? ja : en) : preferred;
	}
}
