package jp.hikeshi.playbook.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.playbook.CompletedBy;
import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.remediation.ContainmentKind;
import jp.hikeshi.reporting.RecipientKind;

/**
 * The {@code completedBy} field of a playbook task: which values each kind of work takes,
 * how it reads from and writes to a document, and its JSON Schema — one table, so reader,
 * writer and schema agree.
 */
public final class CompletionRules {

	public static final String STATE = "state";

	/** Every field a {@code completedBy} mapping may have. */
	public static final List<String> FIELDS = Stream
		.concat(Arrays.stream(Work.values()).map(Work::field), Stream.of(STATE))
		.toList();

	/**
	 * The value of the work's field names the subject, the state, or is only a flag
	 * (vendorAnswer: true).
	 */
	private enum Means {

		SUBJECT, STATE, FLAG

	}

	private record Spec(Work work, Means means, List<String> values, List<String> states, String defaultState) {
	}

	private static final String ANY = "ANY";

	private static final Map<Work, Spec> SPECS = specs();

	/**
	 * The outcome of reading: the rule, or the problem with its message key, arguments
	 * and the field at fault.
	 */
	public record Read(CompletedBy rule, String field, String problem, Object... args) {
	}

	private CompletionRules() {
	}

	/** Reads the fields of a {@code completedBy} mapping (names to plain texts). */
	public static Read read(Map<String, String> fields) {
		List<Work> named = Arrays.stream(Work.values()).filter(w -> fields.containsKey(w.field())).toList();
		if (named.size() != 1) {
			return new Read(null, "", "playbook.error.completedBy.work",
					String.join(", ", Arrays.stream(Work.values()).map(Work::field).toList()));
		}
		Spec spec = SPECS.get(named.get(0));
		String value = fields.get(spec.work().field());
		String matched = spec.values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst().orElse(null);
		if (matched == null) {
			return new Read(null, spec.work().field(), "playbook.error.completedBy.value", value,
					String.join(", ", spec.values()));
		}
		String state = fields.get(STATE);
		if (state != null && spec.states().isEmpty()) {
			return new Read(null, STATE, "playbook.error.completedBy.noState", spec.work().field());
		}
		if (state != null && !spec.states().contains(state.toUpperCase(Locale.ROOT))) {
			return new Read(null, STATE, "playbook.error.completedBy.state", state, String.join(", ", spec.states()));
		}
		return new Read(switch (spec.means()) {
			case SUBJECT -> new CompletedBy(spec.work(), ANY.equals(matched) ? null : matched,
					state == null ? spec.defaultState() : state.toUpperCase(Locale.ROOT));
			case STATE -> new CompletedBy(spec.work(), null, matched);
			case FLAG -> new CompletedBy(spec.work(), null, spec.defaultState());
		}, null, null);
	}

	/**
	 * The rule as a YAML flow mapping, e.g. {@code {containment: ISOLATE_DEVICE, state:
	 * VERIFIED}}.
	 */
	public static String write(CompletedBy rule) {
		Spec spec = SPECS.get(rule.work());
		return "{" + rule.work().field() + ": " + switch (spec.means()) {
			case SUBJECT -> (rule.subject() == null ? ANY : rule.subject())
					+ (spec.states().isEmpty() ? "" : ", " + STATE + ": " + rule.state());
			case STATE -> rule.state();
			case FLAG -> spec.values().get(0);
		} + "}";
	}

	/**
	 * One schema per kind of work; a task's {@code completedBy} matches exactly one of
	 * them.
	 */
	public static Map<String, Object> schema() {
		List<Map<String, Object>> kinds = new ArrayList<>();
		for (Spec spec : SPECS.values()) {
			Map<String, Object> kind = new LinkedHashMap<>();
			kind.put("type", "object");
			kind.put("required", List.of(spec.work().field()));
			kind.put("additionalProperties", false);
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put(spec.work().field(),
					spec.means() == Means.FLAG ? Map.of("const", true) : Map.of("enum", spec.values()));
			if (!spec.states().isEmpty()) {
				properties.put(STATE, Map.of("enum", spec.states(), "default", spec.defaultState()));
			}
			kind.put("properties", properties);
			kinds.add(kind);
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("oneOf", kinds);
		schema.put("description",
				"The recorded work that completes the task by itself, e.g. {containment: ISOLATE_DEVICE, "
						+ "state: VERIFIED}; vendorAnswer leaves it ANSWERED for review / 記録されると自動で完了にする作業");
		return schema;
	}

	private static Map<Work, Spec> specs() {
		Map<Work, Spec> specs = new LinkedHashMap<>();
		specs.put(Work.CONTAINMENT, new Spec(Work.CONTAINMENT, Means.SUBJECT, names(ContainmentKind.values()),
				List.of("APPLIED", "VERIFIED"), "VERIFIED"));
		specs.put(Work.RECOVERY,
				new Spec(Work.RECOVERY, Means.STATE, List.of("RESTORED", "VERIFIED"), List.of(), null));
		specs.put(Work.NOTIFICATION, new Spec(Work.NOTIFICATION, Means.SUBJECT, names(RecipientKind.values()),
				List.of("DRAFTED", "SENT"), "SENT"));
		specs.put(Work.RANSOM_STANCE, new Spec(Work.RANSOM_STANCE, Means.STATE, List.of("CONFIRMED"), List.of(), null));
		List<String> evidence = new ArrayList<>(names(EvidenceKind.values()));
		evidence.add(ANY);
		specs.put(Work.EVIDENCE, new Spec(Work.EVIDENCE, Means.SUBJECT, List.copyOf(evidence), List.of(), "COLLECTED"));
		specs.put(Work.VENDOR_ANSWER, new Spec(Work.VENDOR_ANSWER, Means.FLAG, List.of("true"), List.of(), "ANSWERED"));
		specs.put(Work.TRIAGE, new Spec(Work.TRIAGE, Means.STATE, List.of("DECIDED"), List.of(), null));
		return specs;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
