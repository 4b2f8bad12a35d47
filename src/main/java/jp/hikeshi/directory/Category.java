package jp.hikeshi.directory;

import java.util.Locale;

/** An event category (事象分類) with its names and RSIT mapping. */
public record Category(String code, String nameJa, String nameEn, String rsit, boolean active, int sortOrder) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
	}
}
