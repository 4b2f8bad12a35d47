package jp.hikeshi.shared.web;

import static jp.hikeshi.PageAuth.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jp.hikeshi.TestAccounts.TestUser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Follows the links a signed-in user can click (and the {@code hx-get} fragments a page
 * loads), GET only, from the home page, and hands every text a user sees on each page to
 * a check.
 */
final class ScreenCrawl {

	/**
	 * One text a user sees: the page, where on it (element and attribute), the text
	 * itself.
	 */
	record Seen(String url, Element element, String attribute, String text) {

		String where() {
			return url + " <" + element.tagName() + (attribute == null ? "" : " " + attribute) + ">";
		}
	}

	private static final Pattern ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b\\d+\\b");

	private static final List<String> SKIPPED = List.of("/logout", "/api/", "/css/", "/js/", "/webjars/", "/v3/",
			"/swagger", "/documents/", "/export", "/content", "/download", "/h2-console", "/actuator");

	private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label");

	private static final int PAGES_PER_PATTERN = 3;

	private static final int MAX_PAGES = 400;

	private final MockMvc mvc;

	ScreenCrawl(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * Crawls as the user in the language and returns the pages visited (normalised) and
	 * what was seen on them.
	 */
	List<Seen> crawl(TestUser user, Locale locale, Set<String> visited) throws Exception {
		List<Seen> seen = new ArrayList<>();
		Map<String, Integer> perPattern = new HashMap<>();
		Set<String> queued = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		queued.add("/");
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String url = queue.removeFirst();
			var response = mvc.perform(get(url).with(as(user)).header("Accept-Language", locale.getLanguage()))
				.andReturn()
				.getResponse();
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			pages++;
			visited.add(pattern(url));
			Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + url);
			collect(url, page, seen);
			for (String link : links(page)) {
				String key = pattern(link);
				if (queued.add(link) && perPattern.merge(key, 1, Integer::sum) <= PAGES_PER_PATTERN) {
					queue.addLast(link);
				}
			}
		}
		return seen;
	}

	static String pattern(String url) {
		var uri = UriComponentsBuilder.fromUriString(url).build();
		String path = ID.matcher(uri.getPath() == null ? "" : uri.getPath())
			.replaceAll("{id}")
			.replaceAll("/[A-Z][A-Z0-9_]+(?=/|$)", "/{code}");
		Set<String> names = new TreeSet<>(uri.getQueryParams().keySet());
		return names.isEmpty() ? path : path + "?" + String.join("&", names);
	}

	private static List<String> links(Document page) {
		List<String> links = new ArrayList<>();
		for (Element a : page.select("a[href], [hx-get]")) {
			String href = a.hasAttr("hx-get") ? a.attr("hx-get") : a.attr("href");
			if (!href.startsWith("/") || href.startsWith("//") || a.hasAttr("download")) {
				continue;
			}
			String path = href.replaceAll("#.*", "");
			Predicate<String> skipped = path::contains;
			if (path.isEmpty() || SKIPPED.stream().anyMatch(skipped) || path.contains("lang=")) {
				continue;
			}
			links.add(path);
		}
		return links;
	}

	private static void collect(String url, Document page, List<Seen> seen) {
		seen.add(new Seen(url, page.head(), "title", page.title()));
		for (Element element : page.body().select("*")) {
			if (element.tagName().equals("script") || element.tagName().equals("style")
					|| element.tagName().equals("template")) {
				continue;
			}
			for (TextNode node : element.textNodes()) {
				if (!node.isBlank()) {
					seen.add(new Seen(url, element, null, node.text().strip()));
				}
			}
			element.attributes().forEach(attribute -> {
				if (SHOWN_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isBlank()) {
					seen.add(new Seen(url, element, attribute.getKey(), attribute.getValue()));
				}
			});
			if (shownValue(element) && !element.val().isBlank()) {
				seen.add(new Seen(url, element, "value", element.val()));
			}
		}
	}

	/**
	 * The value of a button-like or text input is on the screen; a hidden input's or an
	 * option's is not.
	 */
	private static boolean shownValue(Element element) {
		if (!element.tagName().equals("input")) {
			return false;
		}
		String type = element.attr("type").toLowerCase(Locale.ROOT);
		return Set.of("", "text", "submit", "button", "reset", "search", "email", "tel", "url").contains(type);
	}

}
