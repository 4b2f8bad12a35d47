package jp.hikeshi.directory;

import java.util.Locale;

import jp.hikeshi.shared.Bilingual;

/**
 * An outside body the organisation reports to or consults (REP-3): PPC, IPA, JPCERT/CC,
 * the police and others.
 */
public record OutsideBody(String code, String nameJa, String nameEn, String purposeJa, String purposeEn, String phone,
		String email, String url, String notes, int sortOrder, long version) {

	public String name(Locale locale) {
		return new Bilingual(nameJa, nameEn).in(locale);
	}

	public String purpose(Locale locale) {
		return new Bilingual(purposeJa, purposeEn).in(locale);
	}
}
