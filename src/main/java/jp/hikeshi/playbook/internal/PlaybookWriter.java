package jp.hikeshi.playbook.internal;

import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.shared.Bilingual;

/**
 * Writes a playbook as readable YAML in the document format: codes plain, texts quoted,
 * multi-line guidance as literal blocks. What it writes reads back to the same playbook.
 */
public final class PlaybookWriter {

	private final StringBuilder out = new StringBuilder();

	private PlaybookWriter() {
	}

	public static String yaml(PlaybookDocument document) {
		return new PlaybookWriter().write(document);
	}

	private String write(PlaybookDocument doc) {
		line(0, "code: " + doc.code());
		text(0, "title", doc.title());
		text(0, "description", doc.description());
		line(0, "categories: [" + String.join(", ", doc.categories()) + "]");
		if (!doc.rules().isEmpty()) {
			line(0, "rules:");
			for (PlaybookRule rule : doc.rules()) {
				line(1, "- requirement: " + rule.requirement());
				text(2, "text", rule.text());
			}
		}
		line(0, "tasks:");
		for (PlaybookTask task : doc.tasks()) {
			out.append('\n');
			line(1, "- key: " + task.key());
			line(2, "process: " + Requirements.codeOf(task.process()));
			line(2, "requirement: " + task.requirement());
			line(2, "role: " + task.role());
			if (task.due() != null) {
				line(2, "due: " + task.due());
			}
			line(2, "mandatory: " + task.mandatory());
			if (task.completedBy() != null) {
				line(2, "completedBy: " + CompletionRules.write(task.completedBy()));
			}
			text(2, "title", task.title());
			if (task.guidance() != null) {
				text(2, "guidance", task.guidance());
			}
			if (!task.checklist().isEmpty()) {
				line(2, "checklist:");
				for (Bilingual item : task.checklist()) {
					line(3, "- ja: " + quote(item.ja()));
					line(4, "en: " + quote(item.en()));
				}
			}
		}
		return out.toString();
	}

	private void text(int depth, String name, Bilingual text) {
		line(depth, name + ":");
		value(depth + 1, "ja", text.ja());
		value(depth + 1, "en", text.en());
	}

	private void value(int depth, String name, String value) {
		if (value.contains("\n") && !value.startsWith(" ") && value.lines().noneMatch(l -> l.endsWith(" "))) {
			line(depth, name + ": |-");
			value.lines().forEach(l -> line(l.isEmpty() ? 0 : depth + 1, l));
		}
		else {
			line(depth, name + ": " + quote(value));
		}
	}

	private void line(int depth, String text) {
		out.append("  ".repeat(depth)).append(text).append('\n');
	}

	/** A YAML double-quoted scalar; its escapes are those of JSON strings. */
	static String quote(String value) {
		StringBuilder q = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> q.append("\\\"");
				case '\\' -> q.append("\\\\");
				case '\n' -> q.append("\\n");
				case '\t' -> q.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						q.append(String.format("\\u%04x", (int) c));
					}
					else {
						q.append(c);
					}
				}
			}
		}
		return q.append('"').toString();
	}

}
