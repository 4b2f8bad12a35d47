package jp.hikeshi.reporting.internal;

import java.util.List;

import jp.hikeshi.reporting.DocumentKind;

/**
 * A drafted document with every text already in its language, so that one template prints
 * all kinds and the same content can be kept as plain text when it is sent.
 */
public record DocumentModel(DocumentKind kind, String lang, String title, String subtitle, String incidentLine,
		String generatedLine, List<Item> items, List<String> evidenceHeader, List<List<String>> evidence,
		String ransomRule, String disclaimer) {

	/** A numbered or labelled entry of the document. */
	public record Item(String label, String text) {
	}

	/** The document as plain text, for the body of a notification. */
	public String asText() {
		StringBuilder b = new StringBuilder(title).append('\n').append(incidentLine).append('\n');
		if (subtitle != null) {
			b.append(subtitle).append('\n');
		}
		if (ransomRule != null) {
			b.append('\n').append(ransomRule).append('\n');
		}
		for (Item item : items) {
			b.append('\n').append("■ ").append(item.label()).append('\n').append(item.text()).append('\n');
		}
		if (!evidence.isEmpty()) {
			// cells are set apart by a bar: a slash between a Japanese heading and the
			// next reads as a translation pair
			b.append('\n').append(String.join(" | ", evidenceHeader)).append('\n');
			evidence.forEach(row -> b.append(String.join(" | ", row)).append('\n'));
		}
		return b.append('\n').append(disclaimer).append('\n').toString();
	}
}
