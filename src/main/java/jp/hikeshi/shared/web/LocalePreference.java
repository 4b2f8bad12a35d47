package jp.hikeshi.shared.web;

import java.util.Locale;

/**
 * Implemented by the signed-in principal so that pages and API answers follow the user's
 * own language.
 */
public interface LocalePreference {

	Locale preferredLocale();

}
