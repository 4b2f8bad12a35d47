package jp.hikeshi.mailintake.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML-only mail, for the report's description: tags dropped, scripts, styles and comments removed,
 * entities decoded. The HTML is only read as text, never rendered, and nothing it refers to is fetched.
 */
final class HtmlText {

	private static final Pattern HIDDEN = Pattern.compile("(?is)<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>");
	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|table|blockquote)\\s*>");
	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
	private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
			"nbsp", " ", "copy", "©", "yen", "¥");

	private HtmlText() {
	}

	static String of(String html) {
		if (html == null) {
			return null;
		}
		String text = HIDDEN.matcher(html).replaceAll(" ");
		text = BREAK.matcher(text).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		text = decode(text);
		text = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n");
		return text.strip();
	}

	private static String decode(String text) {
		Matcher m = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String e = m.group(1);
			String replacement;
			if (e.startsWith("#x") || e.startsWith("#X")) {
				replacement = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
			}
			else if (e.startsWith("#")) {
				replacement = codePoint(Integer.parseInt(e.substring(1)), m.group());
			}
			else {
				replacement = NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group());
			}
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String codePoint(int cp, String original) {
		return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
	}
}
