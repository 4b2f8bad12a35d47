package jp.hikeshi.triage;

import java.util.Locale;

/** One item of a category's fact-finding check list (TRI-1). */
public record CheckItem(String code, CheckKind kind, String labelJa, String labelEn, int sortOrder) {

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : labelJa;
	}
}
