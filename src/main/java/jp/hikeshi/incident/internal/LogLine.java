package jp.hikeshi.incident.internal;

import jp.hikeshi.shared.Phrase;

/**
 * A line of the handling log an incident's change leaves: in the system's words (a
 * phrase, {@code incident.log.<type>} in the bundles, rendered in each reader's
 * language), or as a person typed it (text).
 */
public record LogLine(String type, String text, Phrase phrase) {

	static LogLine said(String type, Object... args) {
		return new LogLine(type, null, Phrase.of("incident.log." + type, args));
	}

	/** A decision or reason a person typed, kept as written. */
	public static LogLine typed(String type, String text) {
		return new LogLine(type, text, null);
	}

	/**
	 * A code shown by its label in the reader's language (itself when the bundles have
	 * none).
	 */
	static Phrase label(String prefix, String code) {
		return Phrase.label(prefix + code, code);
	}

	static Object because(String reason) {
		return reason == null ? "" : Phrase.of("incident.log.because", reason);
	}
}
