package jp.hikeshi.intake.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hikeshi.intake.AlertSubmission;
import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.intake.Severity;
import jp.hikeshi.intake.internal.AlertRules;
import jp.hikeshi.shared.FieldProblem;

import tools.jackson.databind.JsonNode;

/**
 * Reads one alert from JSON by hand rather than by data binding, so that a wrong type in one field of one
 * alert becomes a fault of that alert instead of failing the whole batch.
 */
final class AlertJson {

	private static final String SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "));

	private AlertJson() {
	}

	/** The alert and every fault found in it (types first, then the intake rules for what could be read). */
	record Parsed(AlertSubmission alert, List<FieldProblem> problems) {
	}

	static Parsed parse(JsonNode node, Clock clock) {
		List<FieldProblem> problems = new ArrayList<>();
		if (node == null || !node.isObject()) {
			problems.add(new FieldProblem("", "alert.notObject"));
			return new Parsed(null, problems);
		}
		String source = text(node, "source", problems);
		String sourceRef = text(node, "sourceRef", problems);
		String title = text(node, "title", problems);
		Severity severity = null;
		String severityText = text(node, "severity", problems);
		if (severityText != null) {
			try {
				severity = Severity.valueOf(severityText.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("severity", "alert.severity.unknown", severityText, SEVERITIES));
			}
		}
		Instant occurredAt = null;
		String occurredText = text(node, "occurredAt", problems);
		if (occurredText != null) {
			try {
				occurredAt = OffsetDateTime.parse(occurredText.strip()).toInstant();
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("occurredAt", "alert.occurredAt.format"));
			}
		}
		List<ObservableInput> observables = observables(node.get("observables"), problems);
		JsonNode rawNode = node.get("raw");
		String raw = rawNode == null || rawNode.isNull() ? null : rawNode.isString() ? rawNode.stringValue() : rawNode.toString();
		AlertSubmission alert = new AlertSubmission(source, sourceRef, title, severity, occurredAt, observables, raw);
		Set<String> faulty = problems.stream().map(FieldProblem::field).collect(Collectors.toCollection(HashSet::new));
		AlertRules.check(alert, Instant.now(clock), "").stream().filter(p -> !faulty.contains(p.field())).forEach(problems::add);
		return new Parsed(alert, problems);
	}

	private static List<ObservableInput> observables(JsonNode node, List<FieldProblem> problems) {
		List<ObservableInput> list = new ArrayList<>();
		if (node == null || node.isNull()) {
			return list;
		}
		if (!node.isArray()) {
			problems.add(new FieldProblem("observables", "alert.observables.notList"));
			return list;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode o = node.get(i);
			if (o == null || !o.isObject()) {
				problems.add(new FieldProblem("observables[" + i + "]", "alert.notObject"));
				list.add(null);
				continue;
			}
			List<FieldProblem> own = new ArrayList<>();
			String type = text(o, "type", own);
			String value = text(o, "value", own);
			String prefix = "observables[" + i + "].";
			own.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.args())));
			list.add(new ObservableInput(type == null ? "" : type, value == null ? "" : value));
		}
		return list;
	}

	/** A text field; numbers are accepted as text because tools often send numeric ids. */
	private static String text(JsonNode node, String field, List<FieldProblem> problems) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isNumber()) {
			return value.asString();
		}
		problems.add(new FieldProblem(field, "alert.notText"));
		return null;
	}
}
