package jp.hikeshi.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.hikeshi.HikeshiApplication;
import jp.hikeshi.incident.PriorityScheme;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The code check of issue 17 for what Hikeshi hands out (documents and e-mails): text a
 * reader is given must show labels, never codes. It finds enum and rule codes
 * ({@code PPC_FINAL}), bare enum values and stored codes ({@code CONTAINED},
 * {@code RANSOMWARE}), machine date-times ({@code 2026-12-01T01:30},
 * {@code 2026-12-01 10:30}) and zone identifiers ({@code Asia/Tokyo}), 「日本語 / English」
 * pairs, and, in English text, any Japanese that is not a name the user typed.
 */
final class WordingCheck {

	/** Enum and rule codes such as PPC_FINAL or INFO_LEAK. */
	static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

	/** A word in capitals: a bare enum value when it is one of the application's. */
	static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]+\\b");

	/**
	 * ISO instants and the machine form "2026-12-01 10:30": people read
	 * 「2026年12月1日（火）10:30」.
	 */
	static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");

	/** A time zone's identifier (Asia/Tokyo): people read 「日本時間」 / "Japan Time". */
	static final Pattern ZONE_ID = Pattern
		.compile("\\b(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_]+");

	static final String JAPANESE_LETTER = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";

	/** Japanese letters with the Japanese punctuation and full-width forms (「」、（）：). */
	static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF01-\\uFF5E]";

	/** A Japanese text and its English translation side by side, in either order. */
	static final Pattern PAIR = Pattern
		.compile(JAPANESE_LETTER + "\\s*/\\s*[A-Za-z]|[A-Za-z]\\s*/\\s*" + JAPANESE_LETTER);

	static final Pattern JAPANESE_RUN = Pattern.compile(JAPANESE + "+");

	/**
	 * Text that looks like a code but is a word the reader knows; each with why it may
	 * stay.
	 */
	static final Map<String, String> ALLOWED = Map.of("SHA-256",
			"the name of the hash function the evidence table prints; the police and JPCERT/CC ask for it by this name",
			"IPA", "the body's own name (IPA（情報処理推進機構）), also the recipient kind's code", "JPCERT",
			"the body's own name JPCERT/CC, also the start of the recipient kind's code JPCERT_CC", "CC",
			"the end of the body's own name JPCERT/CC", "PPC",
			"the Personal Information Protection Commission is the PPC in English official texts", "PC",
			"a word of the forms' labels (「発見場所（PC、サーバ…）」, \"Where found (PC, server…)\"), also an asset kind's code",
			"IP", "a word of JPCERT/CC's form (\"Source IP address or host\"), also an observable kind's code");

	/**
	 * Values Hikeshi stores as codes: every constant of its enums, the severities and the
	 * category codes.
	 */
	static final Set<String> STORED_CODES = storedCodes();

	private WordingCheck() {
	}

	/**
	 * What in {@code text} looks like a code, each with its surroundings. A word in
	 * capitals the user typed (受付の PC) is the user's, not a code.
	 */
	static List<String> codes(String text, Collection<String> typed) {
		Set<String> words = new TreeSet<>();
		typed.forEach(t -> CAPITALS.matcher(t).results().forEach(r -> words.add(r.group())));
		List<String> found = new ArrayList<>();
		for (Pattern pattern : List.of(CODE, MACHINE_TIME, ZONE_ID, PAIR)) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				if (!ALLOWED.containsKey(m.group())) {
					found.add(m.group() + " in «" + around(text, m) + "»");
				}
			}
		}
		Matcher word = CAPITALS.matcher(text);
		while (word.find()) {
			if (STORED_CODES.contains(word.group()) && !ALLOWED.containsKey(word.group())
					&& !words.contains(word.group())) {
				found.add(word.group() + " in «" + around(text, word) + "»");
			}
		}
		return found;
	}

	/**
	 * The Japanese in an English text once the names the user typed are taken out;
	 * whitespace is ignored, as a PDF breaks lines where its width ends.
	 */
	static List<String> japanese(String text, Collection<String> typed) {
		String squashed = squash(text);
		List<String> names = typed.stream()
			.map(WordingCheck::squash)
			.filter(s -> !s.isEmpty())
			.sorted((a, b) -> b.length() - a.length())
			.toList();
		for (String name : names) {
			squashed = squashed.replace(name, " ");
		}
		List<String> found = new ArrayList<>();
		Matcher m = JAPANESE_RUN.matcher(squashed);
		while (m.find()) {
			found.add(m.group() + " in «" + around(squashed, m) + "»");
		}
		return found;
	}

	static String squash(String text) {
		return text.replaceAll("\\s+", "");
	}

	static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text a reader sees of an XHTML page: its text and its attribute values, without
	 * styles and scripts.
	 */
	static String htmlText(String html) {
		String body = html.replaceAll("(?s)<(style|script)\\b.*?</\\1>", "");
		StringBuilder text = new StringBuilder(body.replaceAll("<[^>]*>", "\n"));
		Matcher attribute = Pattern.compile("\\s[\\w:-]+=\"([^\"]*)\"").matcher(body);
		while (attribute.find()) {
			text.append('\n').append(attribute.group(1));
		}
		return text.toString()
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'");
	}

	private static String around(String text, Matcher m) {
		return text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)).replace('\n', ' ');
	}

	private static Set<String> storedCodes() {
		Set<String> codes = new TreeSet<>();
		try {
			Path classes = Path
				.of(HikeshiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			try (Stream<Path> files = Files.walk(classes)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
					String name = classes.relativize(file)
						.toString()
						.replace('/', '.')
						.replace('\\', '.')
						.replaceAll("\\.class$", "");
					Class<?> type = Class.forName(name, false, WordingCheck.class.getClassLoader());
					if (type.isEnum() && name.startsWith("jp.hikeshi.")) {
						for (Object constant : type.getEnumConstants()) {
							codes.add(((Enum<?>) constant).name());
						}
					}
				}
			}
		}
		catch (IOException | URISyntaxException | ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		for (PriorityScheme scheme : PriorityScheme.values()) {
			codes.addAll(scheme.severities());
		}
		codes.addAll(List.of("RANSOMWARE", "MALWARE", "PHISHING", "OTHER", "YES", "NO", "UNKNOWN"));
		return codes;
	}

}
