package jp.hikeshi.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The stored form of an entry's structured parameters: a flat JSON object of text values,
 * null when there are none.
 */
@Component
public class AuditParams {

	/**
	 * Longest value kept; the whole object must fit the 4,000 characters of the column.
	 */
	private static final int VALUE_MAX = 300;

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private final ObjectMapper json;

	AuditParams(ObjectMapper json) {
		this.json = json;
	}

	String write(Map<String, String> params) {
		if (params == null || params.isEmpty()) {
			return null;
		}
		Map<String, String> cut = new LinkedHashMap<>();
		params.forEach((k, v) -> cut.put(k, v.length() <= VALUE_MAX ? v : v.substring(0, VALUE_MAX - 1) + "…"));
		return json.writeValueAsString(cut);
	}

	/**
	 * The parameters of a stored entry; empty for entries without (and for text that is
	 * not a JSON object).
	 */
	public Map<String, String> read(String stored) {
		if (stored == null || stored.isBlank()) {
			return Map.of();
		}
		try {
			return json.readValue(stored, MAP);
		}
		catch (RuntimeException unreadable) {
			return Map.of();
		}
	}

}
