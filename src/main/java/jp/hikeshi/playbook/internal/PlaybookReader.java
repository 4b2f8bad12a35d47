package jp.hikeshi.playbook.internal;

import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.playbook.CompletedBy;
import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.RejectedInputException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a playbook document (YAML, or the same structure as JSON) and checks it against the schema. Only the node
 * tree is composed, never Java objects, and tags are refused, so a document cannot name a type to build. Every
 * fault is reported with its path and line; a document with any fault is rejected whole.
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

	public static final List<String> ROOT_FIELDS = List.of("code", "title", "description", "categories", "rules", "tasks");
	public static final List<String> RULE_FIELDS = List.of("requirement", "text");
	public static final List<String> TASK_FIELDS = List.of("key", "process", "title", "guidance", "requirement", "role",
			"due", "mandatory", "checklist", "completedBy");
	public static final List<String> TEXT_FIELDS = List.of("ja", "en");

	private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP, Tag.SEQ,
			Tag.TIMESTAMP);

	private final Set<String> categories;
	private final DocumentProblems problems = new DocumentProblems();

	private PlaybookReader(Set<String> categories) {
		this.categories = categories;
	}

	/** Reads a document; the known event category codes are those a playbook may name (null: any, for stored ones). */
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
		Node root = compose(normalise(text));
		if (root == null) {
			return null;
		}
		Map<String, Node> fields = fields(root, "", ROOT_FIELDS);
		if (fields == null) {
			return null;
		}
		String code = pattern(fields, "", "code", root, CODE, "playbook.error.code");
		Bilingual title = text(fields, "", "title", root, MAX_TITLE, true);
		Bilingual description = text(fields, "", "description", root, MAX_TEXT, true);
		List<String> cats = categories(fields.get("categories"));
		List<PlaybookRule> rules = rules(fields.get("rules"));
		List<PlaybookTask> tasks = tasks(fields.get("tasks"), root);
		return problems.isEmpty() ? new PlaybookDocument(code, title, description, cats, rules, tasks) : null;
	}

	/** JSON may be indented with tabs, which YAML does not allow; outside strings they are only white space. */
	private static String normalise(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		if (unified.startsWith("\uFEFF")) {
			unified = unified.substring(1);
		}
		return unified.stripLeading().startsWith("{") ? unified.replace('\t', ' ') : unified;
	}

	private Node compose(String text) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(MAX_CHARS * 4);
		options.setMaxAliasesForCollections(20);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(20);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		try {
			List<Node> documents = new ArrayList<>();
			yaml.composeAll(new StringReader(text)).forEach(documents::add);
			if (documents.isEmpty()) {
				problems.add("document", 0, "playbook.error.emptyDocument");
				return null;
			}
			if (documents.size() > 1) {
				problems.add("document", documents.get(1), "playbook.error.multipleDocuments");
				return null;
			}
			return documents.get(0);
		}
		catch (MarkedYAMLException ex) {
			var mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			String reason = ex.getProblem() != null ? ex.getProblem() : ex.getContext();
			if (mark == null) {
				problems.add("document", 0, "playbook.error.syntax", reason);
			}
			else {
				problems.add("document", 0, "playbook.error.syntaxAt", mark.getLine() + 1, mark.getColumn() + 1, reason);
			}
			return null;
		}
		catch (YAMLException ex) {
			problems.add("document", 0, "playbook.error.syntax", ex.getMessage());
			return null;
		}
	}

	private List<String> categories(Node node) {
		List<String> codes = new ArrayList<>();
		List<Node> items = list(node, "categories", MAX_CATEGORIES, false);
		for (int i = 0; i < items.size(); i++) {
			String path = "categories[" + i + "]";
			String code = scalar(items.get(i), path);
			if (code == null) {
				continue;
			}
			if (categories != null && !categories.contains(code)) {
				problems.add(path, items.get(i), "playbook.error.category", code, String.join(", ", new java.util.TreeSet<>(categories)));
			}
			else if (codes.contains(code)) {
				problems.add(path, items.get(i), "playbook.error.duplicateCategory", code);
			}
			codes.add(code);
		}
		return codes;
	}

	private List<PlaybookRule> rules(Node node) {
		List<PlaybookRule> rules = new ArrayList<>();
		List<Node> items = list(node, "rules", MAX_RULES, false);
		for (int i = 0; i < items.size(); i++) {
			String path = "rules[" + i + "]";
			Map<String, Node> fields = fields(items.get(i), path, RULE_FIELDS);
			if (fields != null) {
				rules.add(new PlaybookRule(requirement(fields, path, items.get(i)),
						text(fields, path, "text", items.get(i), MAX_TEXT, true)));
			}
		}
		return rules;
	}

	private List<PlaybookTask> tasks(Node node, Node root) {
		if (node == null) {
			problems.add("tasks", root, "playbook.error.required");
			return List.of();
		}
		List<PlaybookTask> tasks = new ArrayList<>();
		Map<String, Integer> keys = new HashMap<>();
		List<Node> items = list(node, "tasks", MAX_TASKS, true);
		for (int i = 0; i < items.size(); i++) {
			String path = "tasks[" + i + "]";
			Node item = items.get(i);
			Map<String, Node> fields = fields(item, path, TASK_FIELDS);
			if (fields == null) {
				continue;
			}
			String key = pattern(fields, path, "key", item, KEY, "playbook.error.key");
			if (key != null && keys.containsKey(key)) {
				problems.add(path + ".key", fields.get("key"), "playbook.error.duplicateKey", key, keys.get(key));
			}
			else if (key != null) {
				keys.put(key, i);
			}
			tasks.add(new PlaybookTask(key, process(fields, path, item), text(fields, path, "title", item, MAX_TITLE, true),
					text(fields, path, "guidance", item, MAX_TEXT, false), requirement(fields, path, item),
					pattern(fields, path, "role", item, CODE, "playbook.error.role"), due(fields.get("due"), path + ".due"),
					bool(fields.get("mandatory"), path + ".mandatory"), checklist(fields.get("checklist"), path + ".checklist"),
					completedBy(fields.get("completedBy"), path + ".completedBy")));
		}
		return tasks;
	}

	private IncidentProcess process(Map<String, Node> fields, String path, Node parent) {
		String value = required(fields, path, "process", parent);
		if (value == null) {
			return null;
		}
		IncidentProcess process = Requirements.PROCESSES.get(value);
		if (process == null) {
			problems.add(path + ".process", fields.get("process"), "playbook.error.process", value);
		}
		return process;
	}

	private String requirement(Map<String, Node> fields, String path, Node parent) {
		String value = required(fields, path, "requirement", parent);
		if (value != null && !Requirements.ID_SET.contains(value)) {
			problems.add(path + ".requirement", fields.get("requirement"), "playbook.error.requirement", value);
		}
		return value;
	}

	private Duration due(Node node, String path) {
		String value = node == null ? null : scalar(node, path);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			Duration due = Duration.parse(value);
			if (due.isNegative() || due.isZero() || due.compareTo(MAX_DUE) > 0) {
				problems.add(path, node, "playbook.error.dueRange", value);
			}
			return due;
		}
		catch (DateTimeParseException ex) {
			problems.add(path, node, "playbook.error.duration", value);
			return null;
		}
	}

	private boolean bool(Node node, String path) {
		String value = node == null ? null : scalar(node, path);
		if (value == null || value.isEmpty()) {
			return false;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			problems.add(path, node, "playbook.error.boolean", value);
		}
		return value.equalsIgnoreCase("true");
	}

	private List<Bilingual> checklist(Node node, String path) {
		List<Bilingual> items = new ArrayList<>();
		List<Node> nodes = list(node, path, MAX_CHECKLIST, false);
		for (int i = 0; i < nodes.size(); i++) {
			items.add(bilingual(nodes.get(i), path + "[" + i + "]", MAX_TITLE * 2));
		}
		return items;
	}

	private CompletedBy completedBy(Node node, String path) {
		if (node == null || isNull(node)) {
			return null;
		}
		Map<String, Node> fields = fields(node, path, CompletionRules.FIELDS);
		if (fields == null) {
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, value) -> values.put(name, scalar(value, join(path, name))));
		if (values.containsValue(null)) {
			return null;
		}
		CompletionRules.Read read = CompletionRules.read(values);
		if (read.rule() == null) {
			problems.add(read.field().isEmpty() ? path : join(path, read.field()), fields.getOrDefault(read.field(), node),
					read.problem(), read.args());
		}
		return read.rule();
	}

	private String pattern(Map<String, Node> fields, String path, String name, Node parent, Pattern pattern, String key) {
		String value = required(fields, path, name, parent);
		if (value != null && !pattern.matcher(value).matches()) {
			problems.add(join(path, name), fields.get(name), key, value);
		}
		return value;
	}

	private String required(Map<String, Node> fields, String path, String name, Node parent) {
		Node node = fields.get(name);
		String value = node == null ? null : scalar(node, join(path, name));
		if (node == null || (value != null && value.isEmpty())) {
			problems.add(join(path, name), node == null ? parent : node, "playbook.error.required");
			return null;
		}
		return value;
	}

	private Bilingual text(Map<String, Node> fields, String path, String name, Node parent, int max, boolean required) {
		Node node = fields.get(name);
		if (node == null || isNull(node)) {
			if (required) {
				problems.add(join(path, name), node == null ? parent : node, "playbook.error.required");
			}
			return null;
		}
		return bilingual(node, join(path, name), max);
	}

	private Bilingual bilingual(Node node, String path, int max) {
		if (node instanceof ScalarNode) {
			problems.add(path, node, "playbook.error.notBilingual");
			return null;
		}
		Map<String, Node> fields = fields(node, path, TEXT_FIELDS);
		if (fields == null) {
			return null;
		}
		String ja = language(fields, path, "ja", node, max);
		String en = language(fields, path, "en", node, max);
		return new Bilingual(ja, en);
	}

	private String language(Map<String, Node> fields, String path, String name, Node parent, int max) {
		String value = required(fields, path, name, parent);
		if (value != null && value.length() > max) {
			problems.add(join(path, name), fields.get(name), "playbook.error.tooLong", max);
		}
		return value;
	}

	/** The fields of a mapping by name, reporting duplicates and names the schema does not know. */
	private Map<String, Node> fields(Node node, String path, List<String> allowed) {
		if (!(node instanceof MappingNode mapping)) {
			problems.add(path.isEmpty() ? "document" : path, node, "playbook.error.notMapping");
			return null;
		}
		if (!checkTag(node, path)) {
			return null;
		}
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			Node keyNode = tuple.getKeyNode();
			String name = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
			String at = join(path, name == null ? "?" : name);
			if (name == null || !allowed.contains(name)) {
				problems.add(at, keyNode, "playbook.error.unknownField", name == null ? "?" : name, String.join(", ", allowed));
			}
			else if (fields.containsKey(name)) {
				problems.add(at, keyNode, "playbook.error.duplicateField", name);
			}
			else {
				fields.put(name, tuple.getValueNode());
			}
		}
		return fields;
	}

	private List<Node> list(Node node, String path, int max, boolean needsOne) {
		if (node == null || isNull(node)) {
			if (needsOne) {
				problems.add(path, node, "playbook.error.empty");
			}
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(path, node, "playbook.error.notList");
			return List.of();
		}
		if (!checkTag(node, path)) {
			return List.of();
		}
		List<Node> items = sequence.getValue();
		if (needsOne && items.isEmpty()) {
			problems.add(path, node, "playbook.error.empty");
		}
		if (items.size() > max) {
			problems.add(path, node, "playbook.error.tooMany", max);
			return items.subList(0, max);
		}
		return items;
	}

	private String scalar(Node node, String path) {
		if (!(node instanceof ScalarNode scalar)) {
			problems.add(path, node, "playbook.error.notText");
			return null;
		}
		if (!checkTag(node, path)) {
			return null;
		}
		return isNull(node) ? "" : scalar.getValue().strip();
	}

	private boolean checkTag(Node node, String path) {
		if (!PLAIN_TAGS.contains(node.getTag())) {
			problems.add(path.isEmpty() ? "document" : path, node, "playbook.error.tag", node.getTag().getValue());
			return false;
		}
		return true;
	}

	private static boolean isNull(Node node) {
		return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
