package jp.hikeshi.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.triage.Facts;
import jp.hikeshi.triage.TriageOutcome;
import jp.hikeshi.triage.TriageRequest;

/**
 * The decision policy of TRI-2: every decision and revision gives its reason; a new
 * incident needs urgency and severity to be ranked; a duplicate names another report; a
 * warning has text and someone to receive it; the checks answered are those of the
 * category's list.
 */
public final class DecisionRules {

	private DecisionRules() {
	}

	/** Throws with every fault of the request, or returns quietly. */
	public static void check(TriageRequest request, UUID reportId, boolean linkedToIncident, Set<String> checkCodes) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.facts() == null && request.decision() == null) {
			problems.add(new FieldProblem("decision", "triage.nothing"));
		}
		if (request.facts() != null) {
			List<Facts.CheckAnswer> checks = request.facts().checks();
			for (int i = 0; i < checks.size(); i++) {
				if (checks.get(i) != null && checks.get(i).code() != null
						&& !checkCodes.contains(checks.get(i).code())) {
					problems.add(new FieldProblem("facts.checks[" + i + "].code", "triage.check.unknown",
							checks.get(i).code()));
				}
			}
		}
		if (request.decision() != null) {
			if (request.reason() == null || request.reason().isBlank()) {
				problems.add(new FieldProblem("reason", "triage.reason.required"));
			}
			switch (request.decision()) {
				case INCIDENT -> {
					boolean opensNew = request.incidentId() == null && !linkedToIncident;
					if (opensNew && request.urgency() == null) {
						problems.add(new FieldProblem("urgency", "triage.urgency.required"));
					}
					if (opensNew && (request.severity() == null || request.severity().isBlank())) {
						problems.add(new FieldProblem("severity", "triage.severity.required"));
					}
				}
				case DUPLICATE -> {
					if (request.duplicateOf() == null) {
						problems.add(new FieldProblem("duplicateOf", "triage.duplicateOf.required"));
					}
					else if (request.duplicateOf().equals(reportId)) {
						problems.add(new FieldProblem("duplicateOf", "triage.duplicateOf.self"));
					}
				}
				case NOT_INCIDENT -> {
					if (request.warning() != null) {
						boolean hasText = request.warning().text() != null && !request.warning().text().isBlank();
						if (!hasText && !request.warning().recipients().isEmpty()) {
							problems.add(new FieldProblem("warning.text", "triage.warning.text.required"));
						}
						if (hasText && request.warning().recipients().isEmpty()) {
							problems.add(new FieldProblem("warning.recipients", "triage.warning.recipients.required"));
						}
					}
				}
			}
			if (request.decision() != TriageOutcome.NOT_INCIDENT && request.warning() != null
					&& request.warning().text() != null && !request.warning().text().isBlank()) {
				problems.add(new FieldProblem("warning", "triage.warning.onlyNotIncident"));
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
	}

}
