package jp.hikeshi.mailintake.internal;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML-only mail, for the report's description: tags dropped, scripts,
 * styles and comments removed, entities decoded, line breaks where the HTML breaks lines.
 * jsoup only parses the HTML into a tree (with no base address): nothing is rendered, no
 * script runs and nothing the HTML refers to is fetched.
 */
final class HtmlText {

	/** Elements whose content is never text for a reader. */
	private static final String HIDDEN = "head, title, script, style, noscript, template, object, embed, iframe, svg";

	/** Elements that end a line. */
	private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
			"table", "blockquote", "ul", "ol", "dl", "dt", "dd", "pre", "address", "section", "article", "header",
			"footer", "hr");

	private HtmlText() {
	}

	static String of(String html) {
		if (html == null) {
			return null;
		}
		Document document = Jsoup.parse(html, "");
		document.select(HIDDEN).remove();
		StringBuilder out = new StringBuilder();
		document.traverse(new Lines(out));
		String text = out.toString().replace('\u00A0', ' ');
		text = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n");
		return text.strip();
	}

	/**
	 * Text nodes as they are, a line break for each {@code <br>
	 * } and at the end of a block, a space after a table cell.
	 */
	private record Lines(StringBuilder out) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				out.append(text.getWholeText());
			}
			else if (node instanceof Element element && element.nameIs("br")) {
				out.append('\n');
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				if (BLOCKS.contains(element.normalName()) && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
					// nested blocks end one line, not one each
					out.append('\n');
				}
				else if (element.nameIs("td") || element.nameIs("th")) {
					out.append(' ');
				}
			}
		}
	}

}
