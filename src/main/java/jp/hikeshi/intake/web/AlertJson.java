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

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one alert ({@link AlertRequest}) field by field rather than by plain data
 * binding, so that a wrong type in one field of one alert becomes a fault of that alert,
 * listed with its other faults, instead of failing the whole batch. Properties the alert
 * does not have are faults too, named like the rest of the API names them.
 */
final class AlertJson extends ValueDeserializer<AlertRequest> {

	private static final String SEVERITIES = Arrays.stream(Severity.values())
		.map(Enum::name)
		.collect(Collectors.joining(", "));

	private static final Set<String> FIELDS = Set.of("source", "sourceRef", "title", "severity", "occurredAt",
			"observables", "raw");

	private static final Set<String> OBSERVABLE_FIELDS = Set.of("type", "value");

	/**
	 * The alert and every fault found in it (types first, then the intake rules for what
	 * could be read).
	 */
	record Parsed(AlertSubmission alert, List<FieldProblem> problems) {
	}

	@Override
	public AlertRequest deserialize(JsonParser parser, DeserializationContext context) {
		return read(context.readTree(parser));
	}

	static AlertRequest read(JsonNode node) {
		if (node == null || !node.isObject()) {
			return AlertRequest.notAnObject();
		}
		List<FieldProblem> problems = new ArrayList<>();
		unknown(node, FIELDS, "", problems);
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
		OffsetDateTime occurredAt = null;
		String occurredText = text(node, "occurredAt", problems);
		if (occurredText != null) {
			try {
				occurredAt = OffsetDateTime.parse(occurredText.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("occurredAt", "alert.occurredAt.format"));
			}
		}
		List<ObservableInput> observables = observables(node.get("observables"), problems);
		JsonNode raw = node.get("raw");
		return new AlertRequest(source, sourceRef, title, severity, occurredAt, observables,
				raw == null || raw.isNull() ? null : raw, List.copyOf(problems));
	}

	/**
	 * The alert to take in, with the faults found reading it and those the intake rules
	 * find in what could be read.
	 */
	static Parsed parse(AlertRequest request, Clock clock) {
		AlertRequest alert = request == null ? AlertRequest.notAnObject() : request;
		List<FieldProblem> problems = new ArrayList<>(alert.faults() == null ? List.of() : alert.faults());
		if (problems.stream().anyMatch(p -> p.field().isEmpty())) {
			return new Parsed(null, problems);
		}
		JsonNode rawNode = alert.raw();
		String raw = rawNode == null ? null : rawNode.isString() ? rawNode.stringValue() : rawNode.toString();
		AlertSubmission submission = new AlertSubmission(alert.source(), alert.sourceRef(), alert.title(),
				alert.severity(), alert.occurredAt() == null ? null : alert.occurredAt().toInstant(),
				alert.observables() == null ? new ArrayList<>() : new ArrayList<>(alert.observables()), raw);
		Set<String> faulty = problems.stream().map(FieldProblem::field).collect(Collectors.toCollection(HashSet::new));
		AlertRules.check(submission, Instant.now(clock), "")
			.stream()
			.filter(p -> !faulty.contains(p.field()))
			.forEach(problems::add);
		return new Parsed(submission, problems);
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
			unknown(o, OBSERVABLE_FIELDS, "", own);
			String type = text(o, "type", own);
			String value = text(o, "value", own);
			String prefix = "observables[" + i + "].";
			own.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.args())));
			list.add(new ObservableInput(type == null ? "" : type, value == null ? "" : value));
		}
		return list;
	}

	private static void unknown(JsonNode node, Set<String> known, String prefix, List<FieldProblem> problems) {
		node.propertyNames()
			.stream()
			.filter(name -> !known.contains(name))
			.sorted()
			.forEach(name -> problems.add(new FieldProblem(prefix + name, "validation.json.unknownProperty", name)));
	}

	/**
	 * A text field; numbers are accepted as text because tools often send numeric ids.
	 */
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
