package jp.hikeshi.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jp.hikeshi.intake.AlertSubmission;
import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.shared.FieldProblem;

/**
 * The desk's rules for an incoming alert: the key, title, severity and time are present
 * and fit their columns, the time is not in the future, and observables are normalised
 * (lower case where case carries no meaning, trimmed, each once) so that equal clues
 * compare equal.
 */
public final class AlertRules {

	/**
	 * Tools' clocks drift like any other; this much ahead of the server is still
	 * accepted.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	public static final int MAX_OBSERVABLES = 100;

	public static final int MAX_RAW_CHARS = 1_000_000;

	private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,39}");

	/** Types whose values are case-insensitive by nature. */
	private static final Set<String> CASELESS = Set.of("ip", "domain", "host", "hostname", "fqdn", "email", "mail",
			"hash", "md5", "sha1", "sha256", "mac");

	private AlertRules() {
	}

	/**
	 * Every fault of the submission, with field names prefixed by {@code prefix} (such as
	 * alerts[3].).
	 */
	public static List<FieldProblem> check(AlertSubmission a, Instant now, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, prefix + "source", a.source(), 100);
		text(problems, prefix + "sourceRef", a.sourceRef(), 200);
		text(problems, prefix + "title", a.title(), 500);
		if (a.severity() == null) {
			problems.add(new FieldProblem(prefix + "severity", "alert.severity.required"));
		}
		if (a.occurredAt() == null) {
			problems.add(new FieldProblem(prefix + "occurredAt", "alert.occurredAt.required"));
		}
		else if (a.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(new FieldProblem(prefix + "occurredAt", "alert.occurredAt.future"));
		}
		if (a.observables().size() > MAX_OBSERVABLES) {
			problems.add(new FieldProblem(prefix + "observables", "alert.observables.tooMany", MAX_OBSERVABLES));
		}
		for (int i = 0; i < a.observables().size() && i < MAX_OBSERVABLES; i++) {
			ObservableInput o = a.observables().get(i);
			String field = prefix + "observables[" + i + "]";
			if (o == null || o.type() == null || !TYPE.matcher(o.type().strip().toLowerCase(Locale.ROOT)).matches()) {
				problems.add(new FieldProblem(field + ".type", "alert.observable.type"));
			}
			if (o == null || o.value() == null || o.value().isBlank()) {
				problems.add(new FieldProblem(field + ".value", "alert.observable.value.required"));
			}
			else if (o.value().strip().length() > 500) {
				problems.add(new FieldProblem(field + ".value", "alert.tooLong", 500));
			}
		}
		if (a.raw() != null && a.raw().length() > MAX_RAW_CHARS) {
			problems.add(new FieldProblem(prefix + "raw", "alert.tooLong", MAX_RAW_CHARS));
		}
		return problems;
	}

	/**
	 * The submission as it is stored: trimmed, microsecond time, observables normalised
	 * and distinct.
	 */
	public static AlertSubmission normalise(AlertSubmission a) {
		Set<ObservableInput> observables = new LinkedHashSet<>();
		for (ObservableInput o : a.observables()) {
			observables.add(normalise(o));
		}
		return new AlertSubmission(a.source().strip(), a.sourceRef().strip(), a.title().strip(), a.severity(),
				a.occurredAt().truncatedTo(ChronoUnit.MICROS), List.copyOf(observables), a.raw());
	}

	public static ObservableInput normalise(ObservableInput o) {
		String type = o.type().strip().toLowerCase(Locale.ROOT);
		String value = o.value().strip();
		return new ObservableInput(type, CASELESS.contains(type) ? value.toLowerCase(Locale.ROOT) : value);
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "alert.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "alert.tooLong", max));
		}
	}

}
