package jp.hikeshi.playbook.internal;

import static jp.hikeshi.playbook.internal.PlaybookReader.CODE;
import static jp.hikeshi.playbook.internal.PlaybookReader.KEY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The playbook document format as a JSON Schema (draft 2020-12): the API publishes it and
 * the reader validates every document against it, so the published schema and the
 * validation cannot drift apart.
 */
public final class PlaybookSchema {

	public static final String ID = "https://hikeshi.jp/schemas/playbook.json";

	private PlaybookSchema() {
	}

	public static Map<String, Object> document() {
		Map<String, Object> schema = object(List.of("code", "title", "description", "tasks"));
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", ID);
		schema.put("title", "Hikeshi playbook / Hikeshi プレイブック");
		schema.put("description", "A scenario playbook (GEN-3): rules shown prominently and tasks grouped by process. "
				+ "Write it in YAML or JSON. シナリオ別の対応手順。YAML または JSON で記述します。");
		Map<String, Object> properties = properties(schema);
		properties.put("code", pattern(CODE.pattern(), "Playbook code, e.g. RANSOMWARE / コード（英大文字と _）"));
		properties.put("title", bilingual(PlaybookReader.MAX_TITLE));
		properties.put("description", bilingual(PlaybookReader.MAX_TEXT));
		properties.put("categories", array(Map.of("type", "string", "pattern", CODE.pattern(), "description",
				"Event category code, e.g. RANSOMWARE / 事象分類コード"), PlaybookReader.MAX_CATEGORIES, 0, true));
		properties.put("rules", array(rule(), PlaybookReader.MAX_RULES, 0, false));
		properties.put("tasks", array(task(), PlaybookReader.MAX_TASKS, 1, false));
		return schema;
	}

	private static Map<String, Object> rule() {
		Map<String, Object> rule = object(PlaybookReader.RULE_FIELDS);
		properties(rule).put("requirement", requirement());
		properties(rule).put("text", bilingual(PlaybookReader.MAX_TEXT));
		return rule;
	}

	private static Map<String, Object> task() {
		Map<String, Object> task = object(List.of("key", "process", "title", "requirement", "role"));
		Map<String, Object> p = properties(task);
		p.put("key",
				pattern(KEY.pattern(), "Stable key of the task within the playbook, e.g. protect-backups / タスクのキー"));
		p.put("process", Map.of("enum", List.copyOf(Requirements.PROCESSES.keySet()), "description",
				"DET detection, TRI triage, RES response, REP reporting / プロセス"));
		p.put("title", bilingual(PlaybookReader.MAX_TITLE));
		p.put("guidance", bilingual(PlaybookReader.MAX_TEXT));
		p.put("requirement", requirement());
		p.put("role", pattern(CODE.pattern(),
				"Role of the role plan: LEAD, CONTACT, SYSADMIN, VENDOR, PR, LEGAL, MANAGEMENT or an own code / 担当する役割"));
		p.put("due", Map.of("type", "string", "pattern", "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$",
				"description",
				"ISO-8601 duration after the playbook is applied, at most P365D, e.g. PT4H, P1D / 期限（適用からの期間）"));
		p.put("mandatory", Map.of("type", "boolean", "default", false, "description",
				"Open mandatory tasks block closing the incident / 必須タスク"));
		p.put("checklist", array(bilingual(PlaybookReader.MAX_TITLE * 2), PlaybookReader.MAX_CHECKLIST, 0, false));
		p.put("completedBy", CompletionRules.schema());
		return task;
	}

	private static Map<String, Object> requirement() {
		return Map.of("enum", Requirements.IDS, "description", "Requirement ID the item serves / 対応する要件ID");
	}

	private static Map<String, Object> bilingual(int max) {
		Map<String, Object> text = object(PlaybookReader.TEXT_FIELDS);
		Map<String, Object> language = Map.of("type", "string", "minLength", 1, "maxLength", max);
		properties(text).put("ja", language);
		properties(text).put("en", language);
		text.put("description", "Text in Japanese and English / 日本語と英語");
		return text;
	}

	private static Map<String, Object> object(List<String> required) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("type", "object");
		object.put("required", required);
		object.put("additionalProperties", false);
		object.put("properties", new LinkedHashMap<String, Object>());
		return object;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> object) {
		return (Map<String, Object>) object.get("properties");
	}

	private static Map<String, Object> pattern(String regex, String description) {
		return Map.of("type", "string", "pattern", "^" + regex + "$", "description", description);
	}

	private static Map<String, Object> array(Map<String, Object> items, int max, int min, boolean unique) {
		Map<String, Object> array = new LinkedHashMap<>();
		array.put("type", "array");
		array.put("items", items);
		array.put("maxItems", max);
		if (min > 0) {
			array.put("minItems", min);
		}
		if (unique) {
			array.put("uniqueItems", true);
		}
		return array;
	}

}
