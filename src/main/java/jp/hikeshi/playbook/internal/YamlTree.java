package jp.hikeshi.playbook.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML (or JSON) text composed by SnakeYAML into a Jackson tree for the schema
 * validator, keeping the line of each path. Only the node tree is composed, never Java
 * objects, and tags are refused, so a document cannot name a type to build; duplicate
 * keys are reported here because a JSON tree cannot hold them.
 */
final class YamlTree {

	private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP, Tag.SEQ,
			Tag.TIMESTAMP);

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final DocumentProblems problems;

	private final Map<String, Integer> lines = new HashMap<>();

	private JsonNode root;

	private YamlTree(DocumentProblems problems) {
		this.problems = problems;
	}

	/** Composes a one-document text; its faults are added to the problems. */
	static YamlTree compose(String text, int maxChars, DocumentProblems problems) {
		YamlTree tree = new YamlTree(problems);
		Node node = tree.single(normalise(text), maxChars);
		tree.root = node == null ? null : tree.convert(node, "");
		return tree;
	}

	/** The document as a JSON tree, or null when the text could not be read. */
	JsonNode root() {
		return root;
	}

	/**
	 * The line of the field or item at a path (e.g. {@code tasks[3].process}), or of the
	 * nearest enclosing one.
	 */
	int line(String path) {
		for (String at = path;; at = parent(at)) {
			Integer line = lines.get(at);
			if (line != null || at.isEmpty()) {
				return line == null ? 0 : line;
			}
		}
	}

	static String parent(String path) {
		int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return cut < 0 ? "" : path.substring(0, cut);
	}

	/**
	 * JSON may be indented with tabs, which YAML does not allow; outside strings they are
	 * only white space.
	 */
	private static String normalise(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		if (unified.startsWith("\uFEFF")) {
			unified = unified.substring(1);
		}
		return unified.stripLeading().startsWith("{") ? unified.replace('\t', ' ') : unified;
	}

	private Node single(String text, int maxChars) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(maxChars * 4);
		options.setMaxAliasesForCollections(20);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(20);
		try {
			List<Node> documents = new ArrayList<>();
			new Yaml(new SafeConstructor(options)).composeAll(new StringReader(text)).forEach(documents::add);
			if (documents.isEmpty()) {
				problems.add("document", 0, "playbook.error.emptyDocument");
				return null;
			}
			if (documents.size() > 1) {
				problems.add("document", line(documents.get(1)), "playbook.error.multipleDocuments");
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
				problems.add("document", 0, "playbook.error.syntaxAt", mark.getLine() + 1, mark.getColumn() + 1,
						reason);
			}
			return null;
		}
		catch (YAMLException ex) {
			problems.add("document", 0, "playbook.error.syntax", ex.getMessage());
			return null;
		}
	}

	/**
	 * A null value stands for an absent field, as YAML writers leave {@code due:} empty
	 * to mean "none".
	 */
	private JsonNode convert(Node node, String path) {
		lines.putIfAbsent(path, line(node));
		if (!PLAIN_TAGS.contains(node.getTag())) {
			problems.add(path.isEmpty() ? "document" : path, line(node), "playbook.error.tag",
					node.getTag().getValue());
			return null;
		}
		if (node instanceof MappingNode mapping) {
			ObjectNode object = JSON.objectNode();
			for (NodeTuple tuple : mapping.getValue()) {
				String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
				String at = path.isEmpty() ? name : path + "." + name;
				if (object.has(name) || lines.containsKey(at)) {
					problems.add(at, line(tuple.getKeyNode()), "playbook.error.duplicateField", name);
					continue;
				}
				lines.put(at, line(tuple.getKeyNode()));
				JsonNode value = convert(tuple.getValueNode(), at);
				if (value != null && !value.isNull()) {
					object.set(name, value);
				}
			}
			return object;
		}
		if (node instanceof SequenceNode sequence) {
			ArrayNode array = JSON.arrayNode();
			for (Node item : sequence.getValue()) {
				JsonNode value = convert(item, path + "[" + array.size() + "]");
				array.add(value == null ? JSON.nullNode() : value);
			}
			return array;
		}
		String value = ((ScalarNode) node).getValue().strip();
		if (Tag.NULL.equals(node.getTag())) {
			return JSON.nullNode();
		}
		if (Tag.BOOL.equals(node.getTag()) && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
			return JSON.booleanNode(value.equalsIgnoreCase("true"));
		}
		return JSON.textNode(value);
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
