package jp.hikeshi.playbook.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A playbook tree validated by networknt's validator against the schema the API
 * publishes, each fault told in the words of the playbook bundle (ja and en) with its
 * path and line, as users read them before the schema did the work.
 */
final class SchemaFaults {

	/**
	 * The message for a value that does not match the pattern or values of its field, by
	 * field name.
	 */
	private static final Map<String, String> VALUE_FAULTS = Map.of("code", "playbook.error.code", "key",
			"playbook.error.key", "role", "playbook.error.role", "due", "playbook.error.duration", "process",
			"playbook.error.process", "requirement", "playbook.error.requirement", "mandatory",
			"playbook.error.boolean");

	private static final JsonNode PUBLISHED = JsonMapper.shared().valueToTree(PlaybookSchema.document());

	private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(PUBLISHED);

	private final YamlTree tree;

	private final DocumentProblems problems;

	private final String knownCategories;

	SchemaFaults(YamlTree tree, DocumentProblems problems, String knownCategories) {
		this.tree = tree;
		this.problems = problems;
		this.knownCategories = knownCategories;
	}

	void tell(JsonNode root) {
		SCHEMA.validate(root).forEach(this::report);
	}

	/** One fault the schema validator found, told as the playbook bundle tells it. */
	private void report(Error error) {
		String path = path(error.getInstanceLocation());
		boolean unknownWork = path.contains(".completedBy") && "additionalProperties".equals(error.getKeyword())
				&& !CompletionRules.FIELDS.contains(error.getProperty());
		if (path.contains(".completedBy") && !unknownWork) {
			return; // its oneOf cannot tell which kind of work was meant, CompletionRules
					// can; a field no kind knows is
					// told once (every alternative reports it)
		}
		JsonNode value = error.getInstanceNode();
		String name = path.substring(YamlTree.parent(path).length()).replaceFirst("^[.\\[]", "");
		switch (error.getKeyword()) {
			case "required" -> add(join(path, error.getProperty()), "playbook.error.required");
			case "additionalProperties" -> add(join(path, error.getProperty()), "playbook.error.unknownField",
					error.getProperty(), String.join(", ", unknownWork ? CompletionRules.FIELDS : allowed(error)));
			case "type" -> {
				switch (error.getSchemaNode().asString()) {
					case "object" -> add(path, allowed(error).equals(PlaybookReader.TEXT_FIELDS)
							? "playbook.error.notBilingual" : "playbook.error.notMapping");
					case "array" -> add(path, "playbook.error.notList");
					case "boolean" -> add(path, "playbook.error.boolean", value.isValueNode() ? value.asString() : "");
					default -> add(path, "playbook.error.notText");
				}
			}
			case "minLength" -> add(path, "playbook.error.required");
			case "maxLength" -> add(path, "playbook.error.tooLong", error.getSchemaNode().asInt());
			case "maxItems" -> add(path, "playbook.error.tooMany", error.getSchemaNode().asInt());
			case "minItems" -> add(path, "playbook.error.empty");
			case "uniqueItems" -> duplicates(path, value);
			case "pattern",
					"enum" ->
				add(path,
						value.asString("").isEmpty() ? "playbook.error.required"
								: path.startsWith("categories[") ? "playbook.error.category"
										: VALUE_FAULTS.getOrDefault(name, "playbook.error.notText"),
						value.asString(""), knownCategories);
			default -> add(path, "playbook.error.plain", error.getMessage());
		}
	}

	/** Each repeated item of a list the schema wants unique, at its own line. */
	private void duplicates(String path, JsonNode list) {
		Set<JsonNode> seen = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			if (!seen.add(list.get(i))) {
				add(path + "[" + i + "]", "playbook.error.duplicateCategory", list.get(i).asString(""));
			}
		}
	}

	/** The property names the schema object holding the failed keyword allows. */
	private static List<String> allowed(Error error) {
		NodePath keyword = error.getSchemaLocation().getFragment();
		JsonNode object = PUBLISHED;
		for (int i = 0; i < keyword.getNameCount() - 1; i++) {
			object = object.path(keyword.getName(i));
		}
		return List.copyOf(object.path("properties").propertyNames());
	}

	/** An instance location as the bundle writes paths: {@code tasks[3].title.ja}. */
	private static String path(NodePath location) {
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < location.getNameCount(); i++) {
			Object element = location.getElement(i);
			path.append(element instanceof Integer index ? "[" + index + "]" : (path.isEmpty() ? "" : ".") + element);
		}
		return path.toString();
	}

	private void add(String path, String key, Object... args) {
		problems.add(path.isEmpty() ? "document" : path, tree.line(path), key, args);
	}

	private static String join(String path, String name) {
		return name == null || name.isEmpty() ? path : path.isEmpty() ? name : path + "." + name;
	}

}
