package jp.hikeshi.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sentence written by the system, kept as a message key and its arguments so that each
 * reader sees it in their own language ({@link Phrases#render}). An argument is a literal
 * (String, Number), an {@link Instant} shown in the display zone, a {@link Bilingual}
 * name, or another phrase: a label key such as {@code incidentState.CONTAINED}.
 */
public record Phrase(String key, List<Object> args, String fallback) {

	private static final JsonMapper JSON = JsonMapper.shared();

	public Phrase {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static Phrase of(String key, Object... args) {
		return new Phrase(key, Arrays.asList(args), null);
	}

	/**
	 * A phrase whose arguments were worked out in each language already (labels of the
	 * module that writes it): those that differ between the two are kept as
	 * {@link Bilingual}s.
	 */
	public static Phrase inBoth(String key, Object[] ja, Object[] en) {
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < ja.length; i++) {
			Object other = i < en.length ? en[i] : null;
			args.add(java.util.Objects.equals(ja[i], other) ? ja[i]
					: new Bilingual(ja[i] == null ? null : ja[i].toString(), other == null ? null : other.toString()));
		}
		return new Phrase(key, args, null);
	}

	/**
	 * A label resolved in the reader's language, shown as the fallback when the bundles
	 * have no such key.
	 */
	public static Phrase label(String key, String fallback) {
		return new Phrase(key, List.of(), fallback);
	}

	public static Phrase label(String key) {
		return label(key, key);
	}

	/** The arguments as JSON text, for the message_args columns. */
	public String argsJson() {
		return JSON.writeValueAsString(array(args));
	}

	/** The phrase a message_key and message_args column pair hold. */
	public static Phrase fromJson(String key, String argsJson) {
		List<Object> args = new ArrayList<>();
		if (argsJson != null && !argsJson.isBlank()) {
			JSON.readTree(argsJson).forEach(node -> args.add(arg(node)));
		}
		return new Phrase(key, args, null);
	}

	private static ArrayNode array(List<Object> args) {
		ArrayNode array = JSON.createArrayNode();
		for (Object arg : args) {
			if (arg == null) {
				array.addNull();
			}
			else if (arg instanceof Phrase p) {
				ObjectNode node = array.addObject().put("key", p.key());
				if (!p.args().isEmpty()) {
					node.set("args", array(p.args()));
				}
				if (p.fallback() != null) {
					node.put("or", p.fallback());
				}
			}
			else if (arg instanceof Instant at) {
				array.addObject().put("at", at.toString());
			}
			else if (arg instanceof Bilingual b) {
				array.addObject().put("ja", b.ja()).put("en", b.en());
			}
			else if (arg instanceof Integer || arg instanceof Long) {
				array.add(((Number) arg).longValue());
			}
			else {
				array.add(arg.toString());
			}
		}
		return array;
	}

	private static Object arg(JsonNode node) {
		if (node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (!node.isObject()) {
			return node.asString();
		}
		if (node.has("at")) {
			try {
				return Instant.parse(node.get("at").asString());
			}
			catch (DateTimeParseException ex) {
				return node.get("at").asString();
			}
		}
		if (node.has("key")) {
			List<Object> inner = new ArrayList<>();
			if (node.has("args")) {
				node.get("args").forEach(n -> inner.add(arg(n)));
			}
			return new Phrase(node.get("key").asString(), inner, node.has("or") ? node.get("or").asString() : null);
		}
		return new Bilingual(text(node, "ja"), text(node, "en"));
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}
}
