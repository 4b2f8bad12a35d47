package jp.hikeshi.playbook.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jp.hikeshi.playbook.CompletedBy;
import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.RejectedInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a playbook document (YAML, or the same structure as JSON) and validates it
 * against the published JSON Schema ({@link PlaybookSchema}, see {@link SchemaFaults}).
 * What a schema cannot say (known event categories, unique task keys, the range of a due
 * time, the values of completedBy) is checked here. Every fault is reported with its path
 * and line; a document with any fault is rejected whole.
 */
public final class PlaybookReader {

	public static final int MAX_CHARS = 190_000;

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_TASKS = 100;

	public static final int MAX_RULES = 20;

	public static final int MAX_CHECKLIST = 30;

	public static final int MAX_CATEGORIES = 20;

	public static final Duration MAX_DUE = Duration.ofDays(365);

	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,59}");

	public static final List<String> RULE_FIELDS = List.of("requirement", "text");

	public static final List<String> TEXT_FIELDS = List.of("ja", "en");

	private final Set<String> categories;

	private final DocumentProblems problems = new DocumentProblems();

	private YamlTree tree;

	private PlaybookReader(Set<String> categories) {
		this.categories = categories;
	}

	/**
	 * Reads a document; the known event category codes are those a playbook may name
	 * (null: any, for stored ones).
	 */
	public static PlaybookDocument read(String text, Set<String> categoryCodes) {
		PlaybookReader reader = new PlaybookReader(categoryCodes);
		PlaybookDocument document = reader.parse(text);
		if (!reader.problems.isEmpty()) {
			throw new RejectedInputException(reader.problems.list());
		}
		return document;
	}

	private PlaybookDocument parse(String text) {
		if (text == null || text.isBlank()) {
			problems.add("document", 0, "playbook.error.emptyDocument");
			return null;
		}
		if (text.length() > MAX_CHARS) {
			problems.add("document", 0, "playbook.error.tooLarge", MAX_CHARS);
			return null;
		}
		tree = YamlTree.compose(text, MAX_CHARS, problems);
		JsonNode root = tree.root();
		if (root == null) {
			return null;
		}
		new SchemaFaults(tree, problems, known()).tell(root);
		if (!root.isObject()) {
			return null;
		}
		List<String> codes = categories(root.path("categories"));
		List<PlaybookTask> tasks = tasks(root.path("tasks"));
		return problems.isEmpty() ? new PlaybookDocument(root.path("code").asString(), text(root.path("title")),
				text(root.path("description")), codes, rules(root.path("rules")), tasks) : null;
	}

	private List<String> categories(JsonNode node) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			String code = node.get(i).asString("");
			if (categories != null && CODE.matcher(code).matches() && !categories.contains(code)) {
				add("categories[" + i + "]", "playbook.error.category", code, known());
			}
			codes.add(code);
		}
		return codes;
	}

	private List<PlaybookRule> rules(JsonNode node) {
		List<PlaybookRule> rules = new ArrayList<>();
		node.forEach(rule -> rules.add(new PlaybookRule(rule.path("requirement").asString(), text(rule.path("text")))));
		return rules;
	}

	private List<PlaybookTask> tasks(JsonNode node) {
		List<PlaybookTask> tasks = new ArrayList<>();
		Map<String, Integer> keys = new HashMap<>();
		for (int i = 0; i < node.size(); i++) {
			String path = "tasks[" + i + "]";
			JsonNode task = node.get(i);
			Integer first = keys.putIfAbsent(task.path("key").asString(""), i);
			if (first != null && task.path("key").isString()) {
				add(path + ".key", "playbook.error.duplicateKey", task.path("key").asString(), first);
			}
			List<Bilingual> checklist = new ArrayList<>();
			task.path("checklist").forEach(item -> checklist.add(text(item)));
			tasks.add(new PlaybookTask(task.path("key").asString(""),
					Requirements.PROCESSES.get(task.path("process").asString("")), text(task.path("title")),
					text(task.path("guidance")), task.path("requirement").asString(""), task.path("role").asString(""),
					due(task.path("due"), path + ".due"), task.path("mandatory").asBoolean(false), checklist,
					completedBy(task.path("completedBy"), path + ".completedBy")));
		}
		return tasks;
	}

	private Duration due(JsonNode node, String path) {
		try {
			Duration due = node.isString() ? Duration.parse(node.asString()) : null;
			if (due != null && (due.isNegative() || due.isZero() || due.compareTo(MAX_DUE) > 0)) {
				add(path, "playbook.error.dueRange", node.asString());
			}
			return due;
		}
		catch (DateTimeParseException ex) {
			return null; // the schema's pattern has told it
		}
	}

	private CompletedBy completedBy(JsonNode node, String path) {
		if (node.isMissingNode()) {
			return null;
		}
		if (!node.isObject()) {
			add(path, "playbook.error.notMapping");
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		node.properties().forEach(field -> values.put(field.getKey(), field.getValue().asString("")));
		values.keySet().retainAll(CompletionRules.FIELDS);
		CompletionRules.Read read = CompletionRules.read(values);
		if (read.rule() == null) {
			add(join(path, read.field()), read.problem(), read.args());
		}
		return read.rule();
	}

	private static Bilingual text(JsonNode node) {
		return node.isObject() ? new Bilingual(node.path("ja").asString(""), node.path("en").asString("")) : null;
	}

	private String known() {
		return categories == null ? "" : String.join(", ", new TreeSet<>(categories));
	}

	private void add(String path, String key, Object... args) {
		problems.add(path.isEmpty() ? "document" : path, tree.line(path), key, args);
	}

	private static String join(String path, String name) {
		return name == null || name.isEmpty() ? path : path.isEmpty() ? name : path + "." + name;
	}

}
