package jp.hikeshi.evidence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.hikeshi.evidence.ObservableInput;
import jp.hikeshi.evidence.ObservableType;
import jp.hikeshi.evidence.Tlp;
import jp.hikeshi.shared.RejectedInputException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads observables pasted as lines: a bare value (its type guessed later) or CSV
 * {@code type,value[,tlp][,tags]} as RFC 4180 has it (Commons CSV): quoted fields may
 * hold commas, line breaks and doubled quotes. A byte order mark, empty lines, {@code #}
 * comment lines and a {@code type,value…} header are skipped; everything after the third
 * comma is the tags. Each entry carries the line it starts on and its text, so that a
 * refused one can be shown to the person who pasted it.
 */
public final class ObservablePaste {

	/** The most lines one paste may hold. */
	public static final int MAX_LINES = 5000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setTrim(true)
		.get();

	/**
	 * One pasted entry: read ({@code input}) or refused while reading ({@code fault}, a
	 * message key).
	 */
	public record Entry(int line, String text, ObservableInput input, String fault) {
	}

	private ObservablePaste() {
	}

	/**
	 * The entries of a paste, in order; more than {@link #MAX_LINES} lines are refused as
	 * a whole.
	 */
	public static List<Entry> read(String pasted) {
		if (pasted == null || pasted.isBlank()) {
			return List.of();
		}
		String text = pasted.startsWith("\uFEFF") ? pasted.substring(1) : pasted;
		String[] lines = text.split("\\R", -1);
		if (lines.length > MAX_LINES) {
			throw new RejectedInputException("text", "observable.bulk.tooMany", MAX_LINES);
		}
		List<Entry> entries = new ArrayList<>();
		// a final line break, so that the parser's line count always ends on the record's
		// last line
		try (CSVParser parser = CSVParser.parse(new StringReader(text + "\n"), FORMAT)) {
			int end = 0;
			var records = parser.iterator();
			while (true) {
				int from = end + 1;
				CSVRecord record;
				try {
					record = records.hasNext() ? records.next() : null;
				}
				catch (UncheckedIOException broken) {
					// an unbalanced quote: what follows cannot be told apart any more
					entries.add(new Entry(from,
							String.join("\n", Arrays.copyOfRange(lines, from - 1, lines.length)).strip(), null,
							"observable.paste.unreadable"));
					break;
				}
				if (record == null) {
					break;
				}
				end = (int) parser.getCurrentLineNumber();
				from = firstNonBlank(lines, from, end);
				String raw = String.join("\n", Arrays.copyOfRange(lines, from - 1, Math.min(end, lines.length)))
					.strip();
				if (skipped(record, record.getRecordNumber() == 1)) {
					continue;
				}
				entries.add(entry(from, raw, record));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	private static boolean skipped(CSVRecord record, boolean first) {
		String head = record.get(0);
		return (record.size() == 1 && head.isEmpty()) || head.startsWith("#")
				|| (first && record.size() > 1 && head.equalsIgnoreCase("type"));
	}

	private static Entry entry(int line, String raw, CSVRecord record) {
		if (record.size() == 1) {
			return new Entry(line, raw, new ObservableInput(null, record.get(0), null, null), null);
		}
		ObservableType type;
		try {
			type = ObservableType.valueOf(record.get(0).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return new Entry(line, raw, null, "observable.type.unknown");
		}
		Tlp tlp = null;
		if (record.size() > 2 && !record.get(2).isBlank()) {
			try {
				tlp = Tlp.valueOf(record.get(2).toUpperCase(Locale.ROOT).replace("TLP:", "").replace("+", "_"));
			}
			catch (IllegalArgumentException ex) {
				return new Entry(line, raw, null, "observable.tlp.unknown");
			}
		}
		String tags = record.size() > 3 ? String.join(",", record.toList().subList(3, record.size())).strip() : null;
		return new Entry(line, raw, new ObservableInput(type, record.get(1), tlp, tags), null);
	}

	/**
	 * Empty lines before a record belong to no entry; it starts on its first non-blank
	 * line.
	 */
	private static int firstNonBlank(String[] lines, int from, int end) {
		int line = from;
		while (line < end && line <= lines.length && lines[line - 1].isBlank()) {
			line++;
		}
		return line;
	}

}
