package jp.hikeshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.web.ScreenCrawl.Seen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Crawls every page reachable from the menu as each role, in Japanese and in English, on
 * an organisation with records in many states, and fails on a code, an ISO instant or a
 * 「日本語 / English」 pair shown to the user (and, in English, on Japanese text that no user
 * typed), outside the allow-list below.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenWordingCrawlTests {

	/**
	 * A text the check lets pass: on which pages (a regular expression on the normalised
	 * address, or any), in which elements (a CSS selector, or any), what (a regular
	 * expression on what was found), and why.
	 */
	record Allowed(Pattern page, String selector, Pattern text, String reason) {

		static Allowed of(String page, String selector, String text, String reason) {
			return new Allowed(page == null ? null : Pattern.compile(page), selector, Pattern.compile(text), reason);
		}

		boolean covers(Seen seen, String found) {
			return (page == null || page.matcher(ScreenCrawl.pattern(seen.url())).find())
					&& (selector == null || seen.element().is(selector)) && text.matcher(found).find();
		}
	}

	static final List<Allowed> ALLOWED = List.of(
			Allowed.of(null, null, "^(AMBER|RED|GREEN|CLEAR|WHITE)$",
					"Traffic Light Protocol colours, shown as TLP:AMBER as FIRST writes them"),
			Allowed.of(null, null,
					"^(IPA|JPCERT|CSV|PDF|HTML|JSON|YAML|URL|DNS|VPN|SIEM|EDR|UTM|CIDR|NISC|PPC|ISP|LDAP)$",
					"names of bodies, formats and technologies, the same in both languages (JPCERT/CC)"),
			Allowed.of(null, "button, option, a", "^Japanese ((HTML|PDF) )?日本語$",
					"a choice of language names each language in that language (the language switch, a document's language)"),
			Allowed.of("^/playbooks/(\\{code\\}/edit|import)$", "pre, textarea, td, code", ".",
					"the playbook editor shows the YAML source and its format reference, whose words are the codes of the file"),
			Allowed.of("^/playbooks$", "td.mono a", "^[A-Z][A-Z0-9_]+$",
					"the code column of the playbook list: the file's identifier used on import, a small reference tag"),
			Allowed.of("^/outside-bodies/", "input, textarea", "^Japanese ",
					"the edit form of an outside body has fields for its Japanese name"),
			Allowed.of("^/role-plan", "input[name^=nameJa]", "^Japanese ",
					"the role plan's table edits each role's Japanese name in its own column"),
			Allowed.of("^/incidents/\\{id\\}/notifications/\\{id\\}$", "input, textarea", ".",
					"a notification draft is the document text, written in the recipient's language (ja here); helper docs owns it"),
			Allowed.of("^/incidents/\\{id\\}/reporting$", "td", "^Japanese ",
					"the reason of a planned notification is an editable field, filled in the planner's language (ja here)"),
			Allowed.of("^/outbox$", "td", "^Japanese ",
					"e-mails are written in the recipient's language; helper docs owns their texts"),
			Allowed.of(null, null, "保守点検で異常を検知|異常検知の基準",
					"the summary and details of a report filed by a maintenance check are"
							+ " stored text, written in Japanese when the check is recorded (like a report a person typed)"),
			Allowed.of("^/admin/users", null, "^(者 / A|Japanese 管理者 / Administrator)$",
					"the display name of the first administrator"
							+ " account, made on start (AdminBootstrap) and changed by the administrator like any typed name"));

	static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
	static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|\\bP(T?\\d+[YMWDHS])+\\b");
	static final Pattern PAIR = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー）」]\\s*/\\s*[A-Za-z]");
	static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
	static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]{2,}\\b");
	static final Pattern REQUIREMENT = Pattern.compile("\\b[A-Z]{3}-\\d{1,2}\\b(?!-)");

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	CrawlSeed seed;

	Set<String> codes;

	@BeforeAll
	void seed() throws Exception {
		seed = CrawlSeed.seeded(context, mvc);
		codes = codes(seed.users.get(Role.ADMIN));
	}

	@Test
	@DisplayName("GEN-1 GEN-2 GEN-3 every page of every role in Japanese shows labels, never codes, ISO instants or 「ja / en」 pairs")
	void japanesePagesShowLabelsNotCodes() throws Exception {
		List<String> problems = crawl(Locale.JAPANESE);
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("GEN-1 GEN-2 GEN-3 every page of every role in English shows no codes and no Japanese except what users typed")
	void englishPagesShowNoJapaneseButTypedNames() throws Exception {
		List<String> problems = crawl(Locale.ENGLISH);
		assertThat(problems).isEmpty();
	}

	private List<String> crawl(Locale locale) throws Exception {
		Set<String> problems = new LinkedHashSet<>();
		Set<String> visited = new TreeSet<>();
		for (Role role : Role.values()) {
			for (Seen seen : new ScreenCrawl(mvc).crawl(seed.users.get(role), locale, visited)) {
				for (String found : found(seen, locale)) {
					if (ALLOWED.stream().noneMatch(a -> a.covers(seen, found))) {
						problems.add(role + " " + ScreenCrawl.pattern(seen.url()) + " <" + seen.element().tagName()
								+ (seen.attribute() == null ? "" : " " + seen.attribute()) + "> " + found + "  in: "
								+ abbreviate(seen.text()));
					}
				}
			}
		}
		assertThat(visited).as("pages crawled").hasSizeGreaterThan(25);
		List<String> sorted = new ArrayList<>(problems);
		sorted.sort(Comparator.naturalOrder());
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screen-wording-" + locale.getLanguage() + ".txt"),
				sorted);
		java.nio.file.Files
			.write(java.nio.file.Path.of("target", "screen-wording-" + locale.getLanguage() + "-pages.txt"), visited);
		return sorted;
	}

	private List<String> found(Seen seen, Locale locale) {
		String text = seen.text();
		List<String> found = new ArrayList<>();
		add(found, CODE.matcher(text));
		add(found, INSTANT.matcher(text));
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			if (codes.contains(word.group())) {
				found.add(word.group());
			}
		}
		if (seen.element().tagName().matches("h[1-6]|legend|caption") && REQUIREMENT.matcher(text).find()) {
			found.add("heading " + text);
		}
		String rest = text;
		for (String typed : seed.typed.stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
			rest = rest.replace(typed, "");
		}
		if (locale.getLanguage().equals("ja")) {
			add(found, PAIR.matcher(rest));
		}
		else if (JAPANESE.matcher(rest).find()) {
			found.add("Japanese " + rest);
		}
		return found;
	}

	private static void add(List<String> found, Matcher matcher) {
		while (matcher.find()) {
			found.add(matcher.group());
		}
	}

	private static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "…" : text;
	}

	/**
	 * The constants of the application's enums and the codes of its reference data: none
	 * of them is a label.
	 */
	private Set<String> codes(TestUser admin) throws Exception {
		Set<String> codes = new TreeSet<>();
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		for (BeanDefinition definition : scanner.findCandidateComponents("jp.hikeshi")) {
			Class<?> type = Class.forName(definition.getBeanClassName());
			if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
				continue;
			}
			for (Object constant : type.getEnumConstants()) {
				codes.add(((Enum<?>) constant).name());
			}
		}
		for (String[] source : new String[][] { { "/api/v1/categories", "$[*].code" },
				{ "/api/v1/playbooks", "$[*].code" }, { "/api/v1/role-plan", "$.roles[*].code" } }) {
			String body = mvc.perform(get(source[0]).header("Authorization", admin.bearer()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			codes.addAll(JsonPath.<List<String>>read(body, source[1]));
		}
		codes.removeIf(code -> code.length() < 3);
		return codes;
	}

}
